import { createStore, type StoreApi } from 'zustand/vanilla';

/** The part of BroadcastChannel the guard uses (tests pass an in-memory hub). */
export interface TabChannel {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  removeEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  close(): void;
}

/** A tab claims the document: it autosaves from now on, every other tab stops. */
export interface ClaimMessage {
  type: 'schema-canvas/claim';
  tab: string;
  /** When it claimed; the later claim wins, ties go to the larger tab id. */
  at: number;
}

export interface TabGuardState {
  /** True while this tab may autosave the document. */
  owner: boolean;
  /** When another tab took over (`Date.now()`), for the notice. */
  displacedAt: number | null;
}

function isClaim(value: unknown): value is ClaimMessage {
  const v = value as Partial<ClaimMessage> | null;
  return !!v && v.type === 'schema-canvas/claim' && typeof v.tab === 'string' && typeof v.at === 'number' && Number.isFinite(v.at);
}

const later = (a: { at: number; tab: string }, b: { at: number; tab: string }) => a.at > b.at || (a.at === b.at && a.tab > b.tab);

/**
 * Two tabs on one document must not overwrite each other's autosave. The tab that opened (or took
 * over) last owns the document and autosaves; a tab that hears a later claim stops autosaving at once
 * and says so, and can take over again (its caller keeps the other tab's text as a backup first).
 * Without BroadcastChannel (`channel` null) every tab owns its document, as before.
 */
export class TabGuard {
  readonly state: StoreApi<TabGuardState> = createStore<TabGuardState>()(() => ({ owner: true, displacedAt: null }));
  private claimAt = 0;
  private readonly listener = (event: { data: unknown }) => this.receive(event.data);
  private readonly displacedListeners = new Set<() => void>();

  constructor(
    private readonly channel: TabChannel | null,
    readonly tab: string,
    private readonly now: () => number = Date.now,
  ) {
    channel?.addEventListener('message', this.listener);
  }

  get owner(): boolean {
    return this.state.getState().owner;
  }

  /** Takes the document: announces the claim to the other tabs and starts owning it. */
  claim(): void {
    this.claimAt = Math.max(this.now(), this.claimAt + 1);
    this.state.setState({ owner: true, displacedAt: null });
    this.channel?.postMessage({ type: 'schema-canvas/claim', tab: this.tab, at: this.claimAt } satisfies ClaimMessage);
  }

  /** Called (once per take-over) right when another tab takes the document, before anything else. */
  onDisplaced(listener: () => void): () => void {
    this.displacedListeners.add(listener);
    return () => this.displacedListeners.delete(listener);
  }

  dispose(): void {
    this.channel?.removeEventListener('message', this.listener);
    this.channel?.close();
    this.displacedListeners.clear();
  }

  private receive(data: unknown): void {
    if (!isClaim(data) || data.tab === this.tab) return;
    if (!later(data, { at: this.claimAt, tab: this.tab })) {
      // An older claim (e.g. a tab that was asleep): tell it again that this tab owns the document.
      if (this.owner) this.channel?.postMessage({ type: 'schema-canvas/claim', tab: this.tab, at: this.claimAt } satisfies ClaimMessage);
      return;
    }
    const wasOwner = this.owner;
    this.state.setState({ owner: false, displacedAt: this.now() });
    if (wasOwner) for (const listener of [...this.displacedListeners]) listener();
  }
}

/** A new id for this tab. */
export function newTabId(random: () => number = Math.random): string {
  return `${Date.now().toString(36)}-${Math.floor(random() * 0x100000000).toString(36)}`;
}

import type { SchemaFile } from '../schema/document';
import type { DmmfDatamodel } from '../schema/dmmf';
import { createRpcClient, handleRpcRequest, LatestWins, errorMessage, type RpcCallOptions, type RpcClient, type RpcEndpoint, type RpcHandlers, type RpcResponseMessage } from '../workers/rpc';
import type { LspCodeAction, LspCompletionList, LspDiagnostic, LspRange, PrismaDiagnostic, PrismaSchemaEngine } from './engine';
import type { PrismaVersionId } from './versions';

/** Requests the editor sends to the Prisma worker; every one names the Prisma version to validate with. */
export type PrismaRequest =
  | { id: number; type: 'lint'; version: PrismaVersionId; files: SchemaFile[] }
  | { id: number; type: 'format'; version: PrismaVersionId; files: SchemaFile[] }
  | { id: number; type: 'completion'; version: PrismaVersionId; files: SchemaFile[]; path: string; line: number; character: number }
  | { id: number; type: 'hover'; version: PrismaVersionId; files: SchemaFile[]; path: string; line: number; character: number }
  | { id: number; type: 'codeActions'; version: PrismaVersionId; files: SchemaFile[]; path: string; range: LspRange; diagnostics: LspDiagnostic[] }
  | { id: number; type: 'nativeTypes'; version: PrismaVersionId; text: string }
  /** Prisma's datamodel (`get_datamodel`) of valid text: the diagram's fallback when our scanner fails. */
  | { id: number; type: 'datamodel'; version: PrismaVersionId; files: SchemaFile[] };

export type PrismaResponse = RpcResponseMessage;

/** Distributes a union over its members so `Omit` keeps each request's own fields. */
export type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

/** One request's fields without its id and type: the argument of that method of {@link PrismaApi}. */
export type PrismaQuery<T extends PrismaRequest['type']> = Omit<Extract<PrismaRequest, { type: T }>, 'id' | 'type'>;

/** What the Prisma worker serves (see lib/workers/rpc.ts): one method per request type, typed results. */
export interface PrismaApi {
  lint(q: PrismaQuery<'lint'>): PrismaDiagnostic[];
  format(q: PrismaQuery<'format'>): SchemaFile[];
  completion(q: PrismaQuery<'completion'>): LspCompletionList;
  hover(q: PrismaQuery<'hover'>): ReturnType<PrismaSchemaEngine['hover']>;
  codeActions(q: PrismaQuery<'codeActions'>): LspCodeAction[];
  nativeTypes(q: PrismaQuery<'nativeTypes'>): ReturnType<PrismaSchemaEngine['nativeTypes']>;
  /** The datamodel, or null when Prisma rejects the text. */
  datamodel(q: PrismaQuery<'datamodel'>): DmmfDatamodel | null;
}

/**
 * The worker's handlers: each runs against the engine of the request's Prisma version. A failure
 * carries the last wasm panic message when there is one (more telling than "unreachable").
 */
export function prismaHandlers(engineFor: (v: PrismaVersionId) => Promise<PrismaSchemaEngine>): RpcHandlers<PrismaApi> {
  const withEngine = async <T>(version: PrismaVersionId, use: (engine: PrismaSchemaEngine) => T): Promise<T> => {
    try {
      return use(await engineFor(version));
    } catch (e) {
      const panic = (globalThis as { __prismaWasmLastPanic?: string }).__prismaWasmLastPanic;
      throw new Error(panic ?? errorMessage(e));
    }
  };
  return {
    lint: (q) => withEngine(q.version, (e) => e.lint(q.files)),
    format: (q) => withEngine(q.version, (e) => e.format(q.files)),
    completion: (q) => withEngine(q.version, (e) => e.completion(q.files, q.path, q.line, q.character)),
    hover: (q) => withEngine(q.version, (e) => e.hover(q.files, q.path, q.line, q.character)),
    codeActions: (q) => withEngine(q.version, (e) => e.codeActions(q.files, q.path, q.range, q.diagnostics)),
    nativeTypes: (q) => withEngine(q.version, (e) => e.nativeTypes(q.text)),
    datamodel: (q) =>
      withEngine(q.version, (e) => {
        const result = e.datamodel(q.files);
        return result.ok ? (result.datamodel as DmmfDatamodel) : null;
      }),
  };
}

/** Runs one request against the engine of its Prisma version, as the worker does. Shared by Node tests. */
export async function handlePrismaRequest(req: PrismaRequest, engineFor: (v: PrismaVersionId) => Promise<PrismaSchemaEngine>): Promise<PrismaResponse> {
  const { id, type, ...query } = req;
  return handleRpcRequest(prismaHandlers(engineFor), { id, method: type, args: [query] });
}

interface LintJob {
  version: PrismaVersionId;
  files: SchemaFile[];
}

/** Main-thread side: request/response over the worker RPC, plus "latest wins" linting. */
export class PrismaWorkerClient {
  /** The typed RPC client underneath (e.g. `rpc.call('format', [{ version, files }])`, or `rpc.reconnect(worker)` after a restart). */
  readonly rpc: RpcClient<PrismaApi>;
  private readonly lints: LatestWins<LintJob, PrismaDiagnostic[]>;

  constructor(worker: RpcEndpoint, options?: RpcCallOptions) {
    this.rpc = createRpcClient<PrismaApi>(worker, options);
    this.lints = new LatestWins((job, settle) => this.rpc.send('lint', [job], settle));
  }

  request<T>(req: WithoutId<PrismaRequest>): Promise<T> {
    const { type, ...query } = req;
    return this.rpc.call(type, [query] as never) as Promise<T>;
  }

  /**
   * Lints, but never queues more than one request: while one runs, newer texts replace each other and
   * only the newest is linted next. `done` receives the revision the result belongs to.
   */
  lint(version: PrismaVersionId, files: SchemaFile[], revision: number, done: (revision: number, result: unknown, error?: string) => void): void {
    this.lints.submit({ version, files }, (outcome) => {
      if (outcome.status === 'done') done(revision, outcome.result);
      else if (outcome.status === 'failed') done(revision, [], outcome.error);
    });
  }
}

'use client';

import { Fragment } from 'react';
import { shortcutOf } from '@/lib/commands/keys';
import { isPrismaVersionId, PRISMA_VERSIONS } from '@/lib/prisma/versions';
import { openForm } from '../commands/open-form';
import { useDesigner, useSession, useUiStore } from './context';

function ToolButton({ id, label, title, primary }: { id: string; label: string; title?: string; primary?: boolean }) {
  const session = useSession();
  const ui = useUiStore();
  return (
    <button
      type="button"
      title={title ?? label}
      className={`rounded px-2 py-1 text-sm ${primary ? 'bg-blue-600 text-white hover:bg-blue-700' : 'text-slate-700 hover:bg-slate-100'}`}
      onClick={() => openForm(session, ui, id)}
    >
      {label}
    </button>
  );
}

const Divider = () => <span className="mx-1 h-5 w-px bg-slate-200" aria-hidden="true" />;

/** The commands that ask for a toolbar place (lib/commands), as buttons: the same dispatch as the palette and shortcuts. */
export function Toolbar() {
  const session = useSession();
  const ui = useUiStore();
  const version = useDesigner((s) => s.prismaVersion);
  const buttons = session.commands.toolbar();
  return (
    <header className="flex h-11 shrink-0 items-center gap-1 border-b border-slate-200 bg-white px-3" role="toolbar" aria-label="Schema Canvas toolbar">
      <h1 className="mr-3 text-sm font-semibold tracking-tight text-slate-900">Schema Canvas</h1>
      {buttons.map(({ command, entry }, i) => (
        <Fragment key={command.id}>
          {i > 0 && buttons[i - 1].entry.section !== entry.section && <Divider />}
          <ToolButton id={command.id} label={entry.label} primary={entry.primary} title={shortcutOf(command) ? `${command.title} (${shortcutOf(command)})` : command.title} />
        </Fragment>
      ))}
      <div className="ml-auto flex items-center gap-2">
        <label className="flex items-center gap-1 text-sm text-slate-600">
          Validate with
          <select
            aria-label="Prisma version"
            className="rounded border border-slate-300 bg-white px-1 py-0.5 text-sm"
            value={version}
            onChange={(e) => {
              if (isPrismaVersionId(e.target.value)) void session.run('set-prisma-version', { version: e.target.value });
            }}
          >
            {PRISMA_VERSIONS.map((v) => (
              <option key={v.id} value={v.id}>
                {v.label}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="rounded border border-slate-300 px-2 py-1 text-sm text-slate-700 hover:bg-slate-100"
          aria-keyshortcuts="Control+K"
          onClick={(e) => ui.setState({ palette: true, returnFocus: e.currentTarget })}
        >
          Commands <kbd className="ml-1 text-xs text-slate-400">Ctrl K</kbd>
        </button>
      </div>
    </header>
  );
}

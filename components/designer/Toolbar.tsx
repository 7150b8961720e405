'use client';

import type { CommandId } from '@/lib/commands/catalog';
import { isPrismaVersionId, PRISMA_VERSIONS } from '@/lib/prisma/versions';
import { openForm } from '../commands/open-form';
import { useDesigner, useServices } from './context';

function ToolButton({ id, label, title, primary }: { id: CommandId; label: string; title?: string; primary?: boolean }) {
  const services = useServices();
  return (
    <button
      type="button"
      title={title ?? label}
      className={`rounded px-2 py-1 text-sm ${primary ? 'bg-blue-600 text-white hover:bg-blue-700' : 'text-slate-700 hover:bg-slate-100'}`}
      onClick={() => openForm(services, id)}
    >
      {label}
    </button>
  );
}

const Divider = () => <span className="mx-1 h-5 w-px bg-slate-200" aria-hidden="true" />;

/** The main commands as buttons; each dispatches the same command as the palette and shortcuts. */
export function Toolbar() {
  const services = useServices();
  const version = useDesigner((s) => s.prismaVersion);
  return (
    <header className="flex h-11 shrink-0 items-center gap-1 border-b border-slate-200 bg-white px-3" role="toolbar" aria-label="Schema Canvas toolbar">
      <h1 className="mr-3 text-sm font-semibold tracking-tight text-slate-900">Schema Canvas</h1>
      <ToolButton id="open-schema" label="Open…" title="Open .prisma files (Ctrl+O)" />
      <ToolButton id="open-schema-folder" label="Open folder…" title="Open a folder of .prisma files (multi-file schema)" />
      <ToolButton id="download-schema" label="Download" title="Download the schema (Ctrl+S)" />
      <Divider />
      <ToolButton id="add-model" label="Add model" primary />
      <ToolButton id="add-field" label="Add field" />
      <ToolButton id="auto-layout" label="Auto layout" />
      <ToolButton id="format-schema" label="Format" title="Format schema with Prisma (Shift+Alt+F)" />
      <Divider />
      <ToolButton id="download-layout" label="Save layout" title="Download the layout (positions) as JSON" />
      <ToolButton id="upload-layout" label="Load layout…" title="Load a layout JSON file" />
      <div className="ml-auto flex items-center gap-2">
        <label className="flex items-center gap-1 text-sm text-slate-600">
          Validate with
          <select
            aria-label="Prisma version"
            className="rounded border border-slate-300 bg-white px-1 py-0.5 text-sm"
            value={version}
            onChange={(e) => {
              if (isPrismaVersionId(e.target.value)) void services.run('set-prisma-version', { version: e.target.value });
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
          onClick={(e) => services.ui.setState({ palette: true, returnFocus: e.currentTarget })}
        >
          Commands <kbd className="ml-1 text-xs text-slate-400">Ctrl K</kbd>
        </button>
      </div>
    </header>
  );
}

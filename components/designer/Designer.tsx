'use client';

import { useEffect, useRef, useState, type DragEvent } from 'react';
import { applyMigrationsFolder } from '@/lib/commands/file/set-baseline';
import { importSql } from '@/lib/commands/file/import-sql';
import { applyAdvisoryConfigBytes, applyLayoutBytes, openPicked } from '@/lib/session/open-files';
import type { PickKind } from '@/lib/session/ports';
import { IndexEditor } from '../commands/IndexEditor';
import { CommandForm } from '../commands/CommandForm';
import { CommandPalette } from '../commands/CommandPalette';
import { ContextMenu } from '../commands/ContextMenu';
import { focusNextPane } from '../commands/pane-focus';
import { useShortcuts } from '../commands/useShortcuts';
import { Diagram } from '../diagram/Diagram';
import { AdvisoriesPanel } from '../advisories/AdvisoriesPanel';
import { CommentsPanel } from '../review/CommentsPanel';
import { ExportMigrationDialog } from '../export/ExportMigrationDialog';
import { HistoryPanel } from '../review/HistoryPanel';
import { ShareDialog } from '../review/ShareDialog';
import { CompareView } from '../review/CompareView';
import { VersionBanner } from '../review/VersionBanner';
import { useSession, useUiStore } from './context';
import { EditorPane } from './EditorPane';
import { downloadBytes, readDropped, readPicked } from './file-actions';
import { HiddenFileInput } from './HiddenFileInput';
import { NoticeToast } from './NoticeToast';
import { Splitter } from './Splitter';
import { StatusBar } from './StatusBar';
import { Toolbar } from './Toolbar';

/** The designer: toolbar, text and diagram side by side, status bar, and the dialogs. */
export function Designer() {
  const session = useSession();
  const ui = useUiStore();
  const [split, setSplit] = useState(38);
  const [dragging, setDragging] = useState(false);
  const inputs = {
    'schema-files': useRef<HTMLInputElement>(null),
    'schema-folder': useRef<HTMLInputElement>(null),
    layout: useRef<HTMLInputElement>(null),
    'advisory-config': useRef<HTMLInputElement>(null),
    sql: useRef<HTMLInputElement>(null),
    'migrations-folder': useRef<HTMLInputElement>(null),
  } satisfies Record<PickKind, unknown>;
  useShortcuts(session, ui);

  // The app shell's part of the session: file pickers, downloads, the clipboard, focus between panes.
  useEffect(
    () =>
      session.attach('shell', {
        pick: (kind) => inputs[kind].current?.click(),
        download: downloadBytes,
        writeClipboard: async (text) => navigator.clipboard?.writeText(text),
        readClipboard: async () => (await navigator.clipboard?.readText()) ?? '',
        focusPanel: () => document.querySelector<HTMLElement>('[data-testid="advisories-panel"] input')?.focus(),
        openPalette: () => {
          const active = document.activeElement;
          ui.setState({ palette: true, form: null, contextMenu: null, returnFocus: active instanceof HTMLElement ? active : null });
        },
        focusPane: focusNextPane,
      }),
    // The refs are stable for the component's life.
    [session, ui, inputs],
  );

  const onPicked = async (files: File[]) => openPicked(session, await readPicked(files));

  const onDrop = async (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const picked = e.dataTransfer.items?.length ? await readDropped(e.dataTransfer.items) : await readPicked(e.dataTransfer.files);
    if (picked.length) await openPicked(session, picked);
  };

  return (
    <div
      className="flex h-screen flex-col"
      onDragOver={(e) => {
        if (![...e.dataTransfer.types].includes('Files')) return;
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(e) => e.currentTarget === e.target && setDragging(false)}
      onDrop={(e) => void onDrop(e)}
    >
      <Toolbar />
      <VersionBanner />
      <main className="flex min-h-0 flex-1">
        <div className="min-w-0" style={{ width: `${split}%` }}>
          <EditorPane />
        </div>
        <Splitter value={split} onChange={setSplit} />
        <div className="min-w-0 flex-1">
          <Diagram />
        </div>
        <AdvisoriesPanel />
        <HistoryPanel />
        <CommentsPanel />
      </main>
      <StatusBar />
      <CommandPalette />
      <CommandForm />
      <IndexEditor />
      <ContextMenu />
      <ExportMigrationDialog />
      <ShareDialog />
      <CompareView />
      <NoticeToast />
      {dragging && (
        <div className="pointer-events-none fixed inset-0 z-50 flex items-center justify-center border-4 border-dashed border-blue-400 bg-blue-50/60 text-lg text-blue-900">
          Drop .prisma files or a schema folder to open them
        </div>
      )}
      <HiddenFileInput inputRef={inputs['schema-files']} label="Open schema files" accept=".prisma" multiple onFiles={onPicked} />
      <HiddenFileInput inputRef={inputs['schema-folder']} label="Open schema folder" directory onFiles={onPicked} />
      <HiddenFileInput inputRef={inputs.layout} label="Load layout file" accept=".json,application/json" onFiles={async ([file]) => applyLayoutBytes(session, new Uint8Array(await file.arrayBuffer()))} />
      <HiddenFileInput
        inputRef={inputs['advisory-config']}
        label="Load advisory config file"
        accept=".json,application/json"
        onFiles={async ([file]) => applyAdvisoryConfigBytes(session, new Uint8Array(await file.arrayBuffer()))}
      />
      <HiddenFileInput inputRef={inputs.sql} label="Import SQL file" accept=".sql,text/plain,application/sql" onFiles={async ([file]) => void importSql(session, await file.text(), file.name)} />
      <HiddenFileInput
        inputRef={inputs['migrations-folder']}
        label="Open migrations folder"
        directory
        onFiles={async (files) => applyMigrationsFolder(session, (await readPicked(files)).map((f) => ({ path: f.path, text: new TextDecoder().decode(f.bytes) })))}
      />
    </div>
  );
}

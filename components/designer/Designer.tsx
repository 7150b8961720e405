'use client';

import { useEffect, useRef, useState, type DragEvent } from 'react';
import type { DocumentStore } from '@/lib/persist/document-store';
import { isPrismaVersionId } from '@/lib/prisma/versions';
import { IndexEditor } from '../commands/IndexEditor';
import { CommandForm } from '../commands/CommandForm';
import { CommandPalette } from '../commands/CommandPalette';
import { ContextMenu } from '../commands/ContextMenu';
import { registerUiCommands } from '../commands/ui-commands';
import { useShortcuts } from '../commands/useShortcuts';
import { Diagram } from '../diagram/Diagram';
import { AdvisoriesPanel } from '../advisories/AdvisoriesPanel';
import { ExportMigrationDialog } from '../export/ExportMigrationDialog';
import { importSql, applyMigrationsFolder } from '../commands/migration-commands';
import { PREVIOUS_DOCUMENT, snapshotOf } from './autosave';
import { useServices } from './context';
import { EditorPane } from './EditorPane';
import { applyAdvisoryConfigBytes, applyLayoutBytes, openPicked, readDropped, readPicked } from './file-actions';
import { HiddenFileInput } from './HiddenFileInput';
import { NoticeToast } from './NoticeToast';
import { Splitter } from './Splitter';
import { StatusBar } from './StatusBar';
import { Toolbar } from './Toolbar';

/** The designer: toolbar, text and diagram side by side, status bar, and the dialogs. */
export function Designer({ documents }: { documents: DocumentStore }) {
  const services = useServices();
  const [split, setSplit] = useState(38);
  const [dragging, setDragging] = useState(false);
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const layoutInput = useRef<HTMLInputElement>(null);
  const configInput = useRef<HTMLInputElement>(null);
  const sqlInput = useRef<HTMLInputElement>(null);
  const migrationsInput = useRef<HTMLInputElement>(null);
  useShortcuts(services);

  useEffect(() => {
    const backup = async () => {
      await documents.save(PREVIOUS_DOCUMENT, snapshotOf(services.store.getState())).catch(() => undefined);
    };
    return registerUiCommands(services, {
      pickSchemaFiles: () => filesInput.current?.click(),
      pickSchemaFolder: () => folderInput.current?.click(),
      pickLayoutFile: () => layoutInput.current?.click(),
      pickAdvisoryConfig: () => configInput.current?.click(),
      pickSqlFile: () => sqlInput.current?.click(),
      pickMigrationsFolder: () => migrationsInput.current?.click(),
      backup,
      restorePrevious: async () => {
        const previous = await documents.load(PREVIOUS_DOCUMENT);
        if (!previous) return { ok: false, reason: 'There is no previous document to restore' };
        await backup();
        services.store.getState().openDocument({
          files: previous.files,
          activeFile: previous.activeFile,
          layout: previous.layout,
          baselineNames: previous.baselineNames,
          advisoryConfig: previous.advisoryConfig,
          migrationBaseline: previous.migrationBaseline,
          prismaVersion: isPrismaVersionId(previous.prismaVersion) ? previous.prismaVersion : undefined,
        });
        return { ok: true, message: 'Restored the previous document' };
      },
    });
  }, [services, documents]);

  const backup = () => documents.save(PREVIOUS_DOCUMENT, snapshotOf(services.store.getState())).catch(() => undefined);
  const onPicked = async (files: File[]) => openPicked(services, await readPicked(files), backup);

  const onDrop = async (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const picked = e.dataTransfer.items?.length ? await readDropped(e.dataTransfer.items) : await readPicked(e.dataTransfer.files);
    if (picked.length) await openPicked(services, picked, backup);
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
      <main className="flex min-h-0 flex-1">
        <div className="min-w-0" style={{ width: `${split}%` }}>
          <EditorPane />
        </div>
        <Splitter value={split} onChange={setSplit} />
        <div className="min-w-0 flex-1">
          <Diagram />
        </div>
        <AdvisoriesPanel />
      </main>
      <StatusBar />
      <CommandPalette />
      <CommandForm />
      <IndexEditor />
      <ContextMenu />
      <ExportMigrationDialog />
      <NoticeToast />
      {dragging && (
        <div className="pointer-events-none fixed inset-0 z-50 flex items-center justify-center border-4 border-dashed border-blue-400 bg-blue-50/60 text-lg text-blue-900">
          Drop .prisma files or a schema folder to open them
        </div>
      )}
      <HiddenFileInput inputRef={filesInput} label="Open schema files" accept=".prisma" multiple onFiles={onPicked} />
      <HiddenFileInput inputRef={folderInput} label="Open schema folder" directory onFiles={onPicked} />
      <HiddenFileInput inputRef={layoutInput} label="Load layout file" accept=".json,application/json" onFiles={async ([file]) => applyLayoutBytes(services, new Uint8Array(await file.arrayBuffer()))} />
      <HiddenFileInput
        inputRef={configInput}
        label="Load advisory config file"
        accept=".json,application/json"
        onFiles={async ([file]) => applyAdvisoryConfigBytes(services, new Uint8Array(await file.arrayBuffer()))}
      />
      <HiddenFileInput inputRef={sqlInput} label="Import SQL file" accept=".sql,text/plain,application/sql" onFiles={async ([file]) => importSql(services, backup, await file.text(), file.name)} />
      <HiddenFileInput
        inputRef={migrationsInput}
        label="Open migrations folder"
        directory
        onFiles={async (files) => applyMigrationsFolder(services, (await readPicked(files)).map((f) => ({ path: f.path, text: new TextDecoder().decode(f.bytes) })))}
      />
    </div>
  );
}

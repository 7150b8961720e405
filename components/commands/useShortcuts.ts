'use client';

import { useEffect } from 'react';
import type { CommandId } from '@/lib/commands/catalog';
import type { DesignerServices } from '../designer/services';
import { openForm } from './open-form';
import { focusNextPane } from './pane-focus';

function isEditable(el: Element | null): boolean {
  if (!el) return false;
  if (el.closest('.monaco-editor')) return true;
  const tag = el.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || (el as HTMLElement).isContentEditable;
}

/**
 * App-wide keys. Ctrl/Cmd+K (palette), F6 (next pane), Ctrl+O, Ctrl+S, Ctrl+P, Ctrl+Shift+M (advisories) and Ctrl+Shift+E (export migration) work everywhere; single-letter
 * commands and Ctrl+Z outside the editor only apply when focus is not in a text field.
 */
export function useShortcuts(services: DesignerServices): void {
  useEffect(() => {
    const copyOrPaste = async (e: KeyboardEvent, what: 'copy' | 'paste') => {
      // Only models selected on the canvas are copied; text selections keep the browser's own copy.
      if (what === 'copy' && !services.store.getState().selectedNodes.length) return;
      e.preventDefault();
      if (what === 'copy') {
        const outcome = await services.run('copy-models');
        if (!outcome.ok) services.store.getState().notify('error', outcome.reason);
        return;
      }
      const text = (await navigator.clipboard?.readText().catch(() => '')) || services.clipboard;
      if (!/\b(model|enum|view|type)\s+\w+\s*\{/.test(text)) {
        services.store.getState().notify('error', 'The clipboard holds no model or enum blocks to paste');
        return;
      }
      const outcome = await services.run('paste-models', { text });
      if (!outcome.ok) services.store.getState().notify('error', outcome.reason);
    };
    const onKey = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      const run = (id: CommandId) => {
        e.preventDefault();
        e.stopPropagation();
        openForm(services, id);
      };
      if (mod && !e.shiftKey && !e.altKey && key === 'k') {
        e.preventDefault();
        e.stopPropagation();
        const active = document.activeElement;
        services.ui.setState({ palette: true, form: null, contextMenu: null, returnFocus: active instanceof HTMLElement ? active : null });
        return;
      }
      if (e.key === 'F6' && !mod && !e.altKey) {
        e.preventDefault();
        e.stopPropagation();
        focusNextPane(e.shiftKey);
        return;
      }
      if (mod && !e.shiftKey && key === 'o') return run('open-schema');
      if (mod && !e.shiftKey && key === 's') return run('download-schema');
      if (mod && !e.shiftKey && key === 'p') return run('go-to-model');
      if (e.shiftKey && e.altKey && key === 'f') return run('format-schema');
      if (mod && e.shiftKey && !e.altKey && key === 'm') return run('show-advisories');
      if (mod && e.shiftKey && !e.altKey && key === 'e') return run('export-migration');
      const ui = services.ui.getState();
      if (ui.palette || ui.form || ui.contextMenu || isEditable(document.activeElement)) return;
      if (mod && key === 'z') {
        e.preventDefault();
        if (e.shiftKey) services.redo();
        else services.undo();
        return;
      }
      if (mod && key === 'y') {
        e.preventDefault();
        services.redo();
        return;
      }
      if (mod && !e.shiftKey && key === 'c') return void copyOrPaste(e, 'copy');
      if (mod && !e.shiftKey && key === 'v') return void copyOrPaste(e, 'paste');
      if (mod && !e.shiftKey && key === 'd') {
        const model = services.store.getState().selectedNodes[0];
        if (model) {
          e.preventDefault();
          openForm(services, 'duplicate-model', { model, newName: `${model}Copy` });
        }
        return;
      }
      if (mod || e.altKey) return;
      if (e.shiftKey && key === 'm') return run('add-model');
      if (e.shiftKey && key === 'f') return run('add-field');
      if (e.shiftKey && key === 'l') return run('auto-layout');
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [services]);
}

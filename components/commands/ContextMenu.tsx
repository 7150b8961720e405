'use client';

import { useEffect, useRef } from 'react';
import type { CommandId } from '@/lib/commands/catalog';
import { useServices, useUi } from '../designer/context';
import type { DesignerServices } from '../designer/services';
import { editorBridge } from '../schema-editor/editor-bridge';
import { openForm } from './open-form';
import type { ContextTarget } from './ui-store';

interface Item {
  label: string;
  run(): void;
  danger?: boolean;
}

/** Shows a model, field or relation in the text. */
export function revealInText(services: DesignerServices, target: ContextTarget): void {
  const { parsed } = services.store.getState();
  const m = parsed.model;
  if (target.kind === 'edge') {
    const r = m.relations.find((x) => x.id === target.id);
    if (r) revealInText(services, { kind: 'field', model: r.from.model, field: r.from.field });
    return;
  }
  if (target.kind === 'pane') return;
  const info = [...m.models, ...m.views, ...m.composites].find((x) => x.name === target.model) ?? m.enums.find((x) => x.name === target.model);
  if (!info) return;
  if (target.kind === 'field' && 'fields' in info) {
    const f = info.fields.find((x) => x.name === target.field);
    if (f) editorBridge()?.reveal(info.file, f.node.range.start, f.node.range.end);
    return;
  }
  editorBridge()?.reveal(info.file, info.block.nameRange.start, info.block.nameRange.end);
}

function itemsFor(services: DesignerServices, target: ContextTarget): Item[] {
  const cmd = (label: string, id: CommandId, values: Record<string, string> = {}, danger = false): Item => ({ label, danger, run: () => openForm(services, id, values) });
  const reveal: Item = { label: 'Show in text', run: () => revealInText(services, target) };
  switch (target.kind) {
    case 'node': {
      const isEnum = services.store.getState().parsed.model.enums.some((e) => e.name === target.model);
      if (isEnum) {
        const e = { enum: target.model };
        return [cmd('Add value…', 'add-enum-value', e), cmd('Rename enum…', 'rename-enum', e), reveal, cmd('Delete enum…', 'delete-enum', e, true)];
      }
      const v = { model: target.model };
      const collapsed = (services.store.getState().layout.collapsed ?? []).includes(target.model);
      return [
        cmd('Add field…', 'add-field', v),
        cmd('Add relation…', 'add-relation', { from: target.model }),
        cmd('Rename model…', 'rename-model', v),
        cmd('Edit indexes…', 'edit-indexes', v),
        cmd('Duplicate…', 'duplicate-model', { model: target.model, newName: `${target.model}Copy` }),
        cmd('Focus on this model…', 'focus-model', v),
        cmd('Show delete impact', 'show-delete-impact', v),
        cmd(collapsed ? 'Expand' : 'Collapse to key fields', 'toggle-collapse', v),
        reveal,
        cmd('Delete model…', 'delete-model', v, true),
      ];
    }
    case 'field': {
      if (services.store.getState().parsed.model.enums.some((e) => e.name === target.model)) {
        const e = { enum: target.model, value: target.field };
        return [cmd('Rename value…', 'rename-enum-value', e), cmd('Set database value…', 'set-enum-value-map', e), reveal, cmd('Remove value', 'remove-enum-value', e, true)];
      }
      const v = { model: target.model, field: target.field };
      const m = services.store.getState().parsed.model;
      const info = [...m.models, ...m.views, ...m.composites].find((x) => x.name === target.model)?.fields.find((f) => f.name === target.field);
      if (info?.kind === 'object') {
        return [
          cmd('Rename field…', 'rename-field', v),
          cmd('Set referential actions…', 'set-referential-actions', v),
          cmd('Toggle optional', 'toggle-optional', v),
          reveal,
          cmd('Delete relation', 'delete-relation', v, true),
        ];
      }
      return [
        cmd('Rename field…', 'rename-field', v),
        cmd('Change type…', 'change-field-type', v),
        cmd('Toggle optional', 'toggle-optional', v),
        cmd('Toggle list', 'toggle-list', v),
        cmd('Toggle unique', 'toggle-unique', v),
        ...(info?.type === 'DateTime' ? [cmd('Toggle updatedAt', 'toggle-updated-at', v)] : []),
        cmd('Set default…', 'set-default', v),
        cmd('Set native type…', 'set-native-type', v),
        cmd('Set column name (@map)…', 'set-map-name', v),
        cmd('Set documentation…', 'set-documentation', v),
        cmd('Set as primary key', 'set-primary-key', { model: target.model, fields: target.field }),
        reveal,
        cmd('Delete field', 'delete-field', v, true),
      ];
    }
    case 'edge': {
      const r = services.store.getState().parsed.model.relations.find((x) => x.id === target.id);
      if (!r) return [reveal];
      const v = { model: r.from.model, field: r.from.field };
      const actions = r.kind === 'm:n' ? [] : [cmd('Set referential actions…', 'set-referential-actions', v)];
      return [...actions, reveal, cmd('Delete relation', 'delete-relation', v, true)];
    }
    case 'pane':
      return [cmd('Add model…', 'add-model'), cmd('Auto layout', 'auto-layout')];
  }
}

/** Right-click (or Shift+F10 / the menu key) on a model, field, relation or the empty canvas. */
export function ContextMenu() {
  const services = useServices();
  const menu = useUi((s) => s.contextMenu);
  const ref = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (menu) requestAnimationFrame(() => ref.current?.querySelector<HTMLElement>('[role=menuitem]')?.focus());
  }, [menu]);

  if (!menu) return null;
  const items = itemsFor(services, menu.target);
  const close = (restore = true) => {
    const target = services.ui.getState().returnFocus;
    services.ui.setState({ contextMenu: null });
    if (restore) target?.focus();
  };

  return (
    <div className="fixed inset-0 z-40" onMouseDown={() => close()} onContextMenu={(e) => e.preventDefault()}>
      <ul
        ref={ref}
        role="menu"
        aria-label="Context menu"
        className="absolute min-w-[180px] rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg"
        style={{ left: Math.min(menu.x, window.innerWidth - 200), top: Math.min(menu.y, window.innerHeight - items.length * 30 - 16) }}
        onMouseDown={(e) => e.stopPropagation()}
        onKeyDown={(e) => {
          const all = [...(ref.current?.querySelectorAll<HTMLElement>('[role=menuitem]') ?? [])];
          const i = all.indexOf(document.activeElement as HTMLElement);
          if (e.key === 'ArrowDown') all[(i + 1) % all.length]?.focus();
          else if (e.key === 'ArrowUp') all[(i - 1 + all.length) % all.length]?.focus();
          else if (e.key === 'Escape' || e.key === 'Tab') close();
          else return;
          e.preventDefault();
        }}
      >
        {items.map((item) => (
          <li key={item.label} role="none">
            <button
              type="button"
              role="menuitem"
              className={`block w-full px-3 py-1.5 text-left hover:bg-slate-100 focus:bg-slate-100 focus:outline-none ${item.danger ? 'text-red-700' : ''}`}
              onClick={() => {
                services.ui.setState({ contextMenu: null });
                item.run();
              }}
            >
              {item.label}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

'use client';

import type { DragEvent, KeyboardEvent } from 'react';
import { moveByOne } from '@/lib/commands/field/move-field';
import type { Session } from '@/lib/session/session';
import { useSession } from '../../designer/context';
import { focusNode, focusRow, inPlace, showNotice, startEditing } from './inplace-store';

/** The row being dragged by its grip (drag events over other rows cannot read the transfer data). */
let dragging: { model: string; field: string } | null = null;

export function startFieldDrag(event: DragEvent, model: string, field: string): void {
  dragging = { model, field };
  event.dataTransfer.effectAllowed = 'move';
  event.dataTransfer.setData('text/plain', `${model}.${field}`);
}

export function endFieldDrag(): void {
  dragging = null;
}

async function run(session: Session, model: string, field: string, command: string, args: Record<string, string | boolean | undefined>): Promise<boolean> {
  const outcome = await session.run(command, args);
  if (!outcome.ok) showNotice(model, field, outcome.reason);
  else inPlace.setState({ notice: null });
  return outcome.ok;
}

function siblingRow(row: HTMLElement, step: -1 | 1): HTMLElement | null {
  let el = step < 0 ? row.previousElementSibling : row.nextElementSibling;
  while (el && !(el instanceof HTMLElement && el.tabIndex === -1 && el.dataset.field)) el = step < 0 ? el.previousElementSibling : el.nextElementSibling;
  return el as HTMLElement | null;
}

/**
 * What a focused field row does with keys and drops: Enter or F2 edits it in place, Delete deletes
 * the field (with Delete field's refusals), Alt+ArrowUp/Alt+ArrowDown move it (Move field),
 * ArrowUp/ArrowDown walk the rows, Escape goes back to the node; a row dropped on another moves there.
 */
export function useFieldRowActions(model: string, field: string) {
  const session = useSession();

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.target !== event.currentTarget) return; // a chip's own keys
    const row = event.currentTarget;
    const step = event.key === 'ArrowUp' ? -1 : event.key === 'ArrowDown' ? 1 : 0;
    if ((event.key === 'Enter' || event.key === 'F2') && !event.altKey && !event.ctrlKey) startEditing({ model, field, part: 'name' });
    else if (event.key === 'Delete') {
      const next = siblingRow(row, 1)?.dataset.field ?? siblingRow(row, -1)?.dataset.field;
      void run(session, model, field, 'delete-field', { model, field }).then((done) => {
        if (!done) return;
        if (next) focusRow(model, next);
        else focusNode(model);
      });
    } else if (step && event.altKey) {
      const args = moveByOne(session, model, field, step);
      if (!args) showNotice(model, field, `\`${field}\` is already the ${step < 0 ? 'first' : 'last'} field`);
      else void run(session, model, field, 'move-field', args).then(() => focusRow(model, field));
    } else if (step && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
      const to = siblingRow(row, step);
      if (to) to.focus();
      else if (step < 0) focusNode(model);
    } else if (event.key === 'Escape') focusNode(model);
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  const onDragOver = (event: DragEvent<HTMLElement>) => {
    if (dragging?.model !== model || dragging.field === field) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
  };

  const onDrop = (event: DragEvent<HTMLElement>) => {
    const moving = dragging;
    dragging = null;
    if (moving?.model !== model || moving.field === field) return;
    event.preventDefault();
    const box = event.currentTarget.getBoundingClientRect();
    const below = event.clientY > box.top + box.height / 2;
    void run(session, model, moving.field, 'move-field', { model, field: moving.field, [below ? 'after' : 'before']: field });
  };

  return { onKeyDown, onDragOver, onDrop };
}

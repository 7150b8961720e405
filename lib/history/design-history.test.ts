import { describe, expect, it } from 'vitest';
import { DesignHistory, TYPING_BURST_MS } from './design-history';

describe('DesignHistory', () => {
  it('joins a burst of typing in one file into one step', () => {
    const h = new DesignHistory();
    h.recordTyping('schema.prisma', { before: 1, after: 2 }, 0);
    h.recordTyping('schema.prisma', { before: 2, after: 3 }, 200);
    h.recordTyping('schema.prisma', { before: 3, after: 4 }, 400);
    expect(h.undo()).toEqual({ kind: 'text', files: { 'schema.prisma': { before: 1, after: 4 } }, typing: true, at: 400 });
    expect(h.canUndo).toBe(false);
  });

  it('starts a new step after a pause, in another file, or after a canvas edit', () => {
    const h = new DesignHistory();
    h.recordTyping('a.prisma', { before: 1, after: 2 }, 0);
    h.recordTyping('a.prisma', { before: 2, after: 3 }, TYPING_BURST_MS + 1);
    h.recordTyping('b.prisma', { before: 1, after: 2 }, TYPING_BURST_MS + 2);
    h.recordEdit({ 'b.prisma': { before: 2, after: 3 } }, TYPING_BURST_MS + 3);
    h.recordTyping('b.prisma', { before: 3, after: 4 }, TYPING_BURST_MS + 4);
    const kinds = [];
    for (let s = h.undo(); s; s = h.undo()) kinds.push(s.kind === 'text' ? `${Object.keys(s.files)[0]}:${s.typing ? 'typing' : 'edit'}` : 'layout');
    expect(kinds).toEqual(['b.prisma:typing', 'b.prisma:edit', 'b.prisma:typing', 'a.prisma:typing', 'a.prisma:typing']);
  });

  it('does not join typing that does not continue from the last version', () => {
    const h = new DesignHistory();
    h.recordTyping('a.prisma', { before: 1, after: 2 }, 0);
    h.recordTyping('a.prisma', { before: 7, after: 8 }, 10);
    expect(h.undo()).toMatchObject({ files: { 'a.prisma': { before: 7, after: 8 } } });
  });

  it('records only the positions a drag changed, and nothing for a click', () => {
    const h = new DesignHistory();
    h.recordLayout({ A: { x: 0, y: 0 }, B: { x: 5, y: 5 } }, { A: { x: 0, y: 0 }, B: { x: 5, y: 5 } });
    expect(h.canUndo).toBe(false);
    h.recordLayout({ A: { x: 0, y: 0 }, B: { x: 5, y: 5 } }, { A: { x: 10, y: 20 }, B: { x: 5, y: 5 } });
    expect(h.undo()).toEqual({ kind: 'layout', before: { A: { x: 0, y: 0 } }, after: { A: { x: 10, y: 20 } } });
  });

  it('redoes what was undone, and a new step drops the redo list', () => {
    const h = new DesignHistory();
    h.recordEdit({ s: { before: 1, after: 2 } }, 0);
    h.recordLayout({ A: { x: 0, y: 0 } }, { A: { x: 1, y: 1 } });
    expect(h.undo()?.kind).toBe('layout');
    expect(h.canRedo).toBe(true);
    expect(h.redo()?.kind).toBe('layout');
    expect(h.undo()?.kind).toBe('layout');
    h.recordEdit({ s: { before: 2, after: 3 } }, 5);
    expect(h.canRedo).toBe(false);
    expect(h.redo()).toBeNull();
  });

  it('forgets everything when cleared', () => {
    const h = new DesignHistory();
    h.recordEdit({ s: { before: 1, after: 2 } }, 0);
    h.clear();
    expect(h.canUndo).toBe(false);
    expect(h.undo()).toBeNull();
  });
});

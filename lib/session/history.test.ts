import { describe, expect, it } from 'vitest';
import { redoBatches, SessionHistory, TYPING_BURST_MS, undoBatches } from './history';

const change = (text: string, at = 0) => ({ edits: [{ path: 'a', start: at, end: at, text }], inverse: [{ path: 'a', start: at, end: at + text.length, text: '' }] });

describe('SessionHistory', () => {
  it('merges typing in one file by one author within a burst; a pause, another file or author starts a new step', () => {
    const h = new SessionHistory();
    h.recordTyping('a', change('x'), 0, 'ada');
    h.recordTyping('a', change('y', 1), 500, 'ada');
    h.recordTyping('a', change('z', 2), 500 + TYPING_BURST_MS + 1, 'ada');
    h.recordTyping('b', change('w'), 2000, 'ada');
    h.recordTyping('b', change('v', 1), 2001, 'bob');
    expect(h.labels().done).toHaveLength(4);
    const last = h.undo()!;
    expect(last.author).toBe('bob');
  });

  it('undoes a step by applying its batches inverted, last first; redo replays them in order', () => {
    const h = new SessionHistory();
    h.recordTyping('a', change('x'), 0);
    h.recordTyping('a', change('y', 1), 10);
    const step = h.undo()!;
    expect(undoBatches(step).map((b) => b[0].start)).toEqual([1, 0]);
    expect(redoBatches(step).map((b) => b[0].text)).toEqual(['x', 'y']);
    expect(h.redo()).toBe(step);
  });

  it('groups everything recorded inside a group into one step, and records nothing for an empty group', () => {
    const h = new SessionHistory();
    h.group('Rename', 0, () => {
      h.recordEdit('inner', change('x'), 0);
      h.group('nested', 0, () => h.recordLayout('move', {}, { A: { x: 1, y: 2 } }, 0));
    });
    h.group('Nothing', 0, () => undefined);
    expect(h.labels().done).toEqual(['Rename']);
    const step = h.undo()!;
    expect(step.text).toHaveLength(1);
    expect(step.layout?.after).toEqual({ A: { x: 1, y: 2 } });
  });

  it('skips moves that change nothing and clears the redo list on a new step', () => {
    const h = new SessionHistory();
    h.recordLayout('move', { A: { x: 1, y: 1 } }, { A: { x: 1, y: 1 } }, 0);
    expect(h.canUndo).toBe(false);
    h.recordEdit('one', change('x'), 0);
    h.undo();
    expect(h.canRedo).toBe(true);
    h.recordEdit('two', change('y'), 0);
    expect(h.canRedo).toBe(false);
  });
});

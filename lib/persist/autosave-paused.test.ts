import { describe, expect, it } from 'vitest';
import { createDesignerStore } from '../store/designer-store';
import { Autosave, CURRENT_DOCUMENT } from './autosave';
import { MemoryDocumentStore } from './document-store';

const file = (text: string) => [{ path: 'schema.prisma', text }];

describe('autosave while paused', () => {
  it('does not save a document shown read-only over the working one, and saves again when it comes back', async () => {
    const store = createDesignerStore({ files: file('model Working {\n  id Int @id\n}\n') });
    const documents = new MemoryDocumentStore();
    let paused = false;
    const pending: Array<() => void> = [];
    const autosave = new Autosave({ store, documents, paused: () => paused, setTimer: (fn) => pending.push(fn), clearTimer: () => undefined });
    const timers = async () => {
      for (const fn of pending.splice(0)) fn();
      await new Promise((r) => setTimeout(r, 0));
    };

    store.getState().setFileText('schema.prisma', 'model Working {\n  id Int @id\n  name String\n}\n');
    await timers();
    const working = (await documents.load(CURRENT_DOCUMENT))?.files[0].text;
    expect(working).toContain('name String');

    paused = true;
    store.getState().openDocument({ files: file('model Old {\n  id Int @id\n}\n') });
    await timers();
    autosave.flush();
    await new Promise((r) => setTimeout(r, 0));
    expect((await documents.load(CURRENT_DOCUMENT))?.files[0].text).toBe(working);

    paused = false;
    store.getState().openDocument({ files: file(working!) });
    await timers();
    expect((await documents.load(CURRENT_DOCUMENT))?.files[0].text).toBe(working);
    expect(autosave.pending).toBe(false);
    autosave.stop();
  });
});

import { describe, expect, it } from 'vitest';
import { serverStorage } from './storage';

describe('server storage', () => {
  it('stores nothing until a team shares (the app runs offline by default)', async () => {
    const storage = serverStorage();
    expect(storage.kind).toBe('none');
    expect(await storage.ping()).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { baselineFiles, baselineSource, dropsData } from './migration-request';

describe('migration requests', () => {
  it('turns a baseline into what the engine diffs from', () => {
    const files = [{ path: 'schema.prisma', text: 'x' }];
    expect(baselineSource({ kind: 'empty' })).toEqual({ kind: 'empty' });
    expect(baselineSource({ kind: 'opened', files })).toEqual({ kind: 'schema', files });
    expect(baselineSource({ kind: 'migrations', migrations: [{ folder: '1_init', sql: 'A' }], lock: null })).toEqual({
      kind: 'migrations',
      folder: { migrations: [{ name: '1_init', sql: 'A' }], lockfile: null },
    });
    expect(baselineFiles({ kind: 'migrations', migrations: [], lock: null })).toBeNull();
    expect(baselineFiles({ kind: 'empty' })).toEqual([]);
  });

  it('spots the engine’s drops', () => {
    expect(dropsData('-- AlterTable\nALTER TABLE "User" DROP COLUMN "age";')).toBe(true);
    expect(dropsData('-- DropTable\nDROP TABLE "Post";')).toBe(true);
    expect(dropsData('-- AlterTable\nALTER TABLE "User" ADD COLUMN "age" INTEGER;')).toBe(false);
  });
});

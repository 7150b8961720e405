import { fixAdvisory } from '../../advisories/run';
import { fixMigration } from '../../advisories/migration';
import type { MigrationAdvisory } from '../../advisories/migration/types';
import { baselineFiles } from '../../export/migration-request';
import { parseSchema } from '../../schema/document';
import { defineCommand, str } from '../types';

/**
 * Applies an advisory's fix (found by its key in the current results) through the same path as a
 * canvas edit: Prisma's safety net, one undo step, the text patched in place.
 */
export default defineCommand({
  id: 'fix-advisory',
  title: 'Fix advisory',
  group: 'Schema',
  hidden: true,
  args: [{ name: 'key', label: 'Advisory', kind: 'text' }],
  run: (session, a) => {
    const s = session.store.getState();
    if (s.advisoriesStale) return { ok: false, reason: 'Fix the schema errors first: the advisories are from an earlier text' };
    const advisory = s.advisories.advisories.find((x) => x.key === str(a.key));
    if (!advisory) return { ok: false, reason: 'That advisory is gone (the schema changed)' };
    const baseline = baselineFiles(s.migrationBaseline);
    const parsed = session.parsed;
    const result =
      advisory.category === 'migration-safety'
        ? baseline
          ? fixMigration(parseSchema(baseline), parsed, advisory as MigrationAdvisory, s.advisoryConfig)
          : { ok: false as const, reason: 'The migration baseline has no schema to compare with' }
        : fixAdvisory(parsed, advisory, s.advisoryConfig);
    if (!result.ok) return result;
    return session.commit({ ...result, message: result.message || `Fixed: ${advisory.fixLabel}` }, `Fix: ${advisory.fixLabel}`);
  },
});

import { fixAll } from '../../advisories/group';
import { defineCommand, str } from '../types';

/** Applies every fixable advisory of one rule as one undo step ("Fix all" on a group in the panel). */
export default defineCommand({
  id: 'fix-all-advisories',
  title: 'Fix all advisories of a rule',
  group: 'Schema',
  args: [{ name: 'rule', label: 'Rule', kind: 'text', placeholder: 'e.g. index-fk-missing' }],
  keywords: ['fix all', 'bulk', 'advisories', 'quick fix'],
  run: async (session, a) => {
    const s = session.store.getState();
    if (s.advisoriesStale) return { ok: false, reason: 'Fix the schema errors first: the advisories are from an earlier text' };
    const rule = str(a.rule);
    const items = s.advisories.advisories.filter((x) => x.rule === rule && x.category !== 'migration-safety');
    if (!items.some((x) => x.fixLabel)) return { ok: false, reason: `No advisory of ${rule || 'that rule'} has a fix` };
    const { result, applied, skipped } = fixAll(session.parsed, items, s.advisoryConfig);
    if (!result.ok) return result;
    const message = `Fixed ${applied.length} of ${items.length}${skipped.length ? ` (skipped ${skipped.length}: ${skipped[0].reason})` : ''}`;
    return session.commit({ ...result, message }, `Fix all: ${rule}`);
  },
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSchema } from '../../../schema/document';
import { expectValid } from '../../../../test-support/advisories';
import { runAdvisories } from '../../run';
import { CASCADE_RULES } from '.';

const files = [{ path: 'schema.prisma', text: readFileSync(join(__dirname, '../../fixtures/seed-002.prisma'), 'utf8') }];

describe('cascade rules on the catalogue\'s worked example (section 8, seed 002)', () => {
  it('report exactly the section 8 cascade advisories (strict profile: every rule on)', () => {
    expectValid(files);
    const { advisories } = runAdvisories(parseSchema(files), { rules: CASCADE_RULES, config: { rules: {}, profile: 'strict' } });
    expect(advisories.map((a) => `[${a.severity}] ${a.rule}: ${a.message}`).sort()).toEqual(
      [
        '[info] cascade-blast-radius: Deleting one Workspace row cascades into 5 tables (max depth 2): WorkspaceMember, Project, Task, TaskTag, TaskDependency.',
        '[info] cascade-cycle: Task cascades onto itself (self-relation: deleting a node deletes its whole subtree).',
        '[info] cascade-multiple-paths: Workspace reaches Task through 2 cascade paths (Workspace → Task and Workspace → Project → Task).',
        '[warning] cascade-ondelete-implicit: Task.assignee: no explicit onDelete (effective SetNull); deleting a User sets Task.assigneeId to NULL.',
        '[warning] cascade-ondelete-implicit: Task.creator: no explicit onDelete (effective Restrict); deleting a User fails while Task rows reference it.',
      ].sort(),
    );
  });
});

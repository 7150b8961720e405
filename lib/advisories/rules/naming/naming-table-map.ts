import { setMapName } from '../../../ops/set-map-name';
import { findModel, refuse } from '../../../ops/shared';
import type { ModelInfo } from '../../../schema/model';
import type { AdvisoryDraft, Rule } from '../../types';
import { isSnakeCase, snakePlural } from './words';

/**
 * The table name follows the convention: `snake_case(plural(Model))`. A snake_case name that differs
 * only in where the underscores go (`oauth_tokens` for `OAuthToken`, `s3_buckets`) counts too.
 */
export function followsTableConvention(model: ModelInfo): boolean {
  // A model called `users` needs no @@map: its table already is `users`.
  const table = model.dbName ?? model.name;
  const expected = snakePlural(model.name);
  return table === expected || (isSnakeCase(table) && table.replace(/_/g, '') === expected.replace(/_/g, ''));
}

export const namingTableMap: Rule = {
  id: 'naming-table-map',
  category: 'naming',
  severity: 'info',
  title: 'Table name off the plural snake_case convention',
  why: "Prisma's default table name is the quoted PascalCase model name, while the team convention is plural snake_case.",
  postgresOnly: false,
  profile: 'strict',
  check(ctx) {
    const out: AdvisoryDraft[] = [];
    for (const model of ctx.models) {
      if (followsTableConvention(model)) continue;
      const expected = snakePlural(model.name);
      const table = ctx.tableName(model);
      out.push({
        message: `${model.name}: the table is "${table}"; the convention is "${expected}".`,
        span: ctx.modelSpan(model),
        target: { kind: 'model', model: model.name },
        // Changing @@map of a deployed model renames its table (Prisma drops and recreates it): new models only.
        ...(ctx.isNewModel(model.name) ? { fixLabel: `${model.dbName ? 'Use' : 'Add'} @@map("${expected}")` } : {}),
      });
    }
    return out;
  },
  fix(schema, advisory) {
    const loc = findModel(schema, advisory.target.model);
    if (!loc || loc.info.kind !== 'model') return refuse(`There is no model called \`${advisory.target.model}\``);
    if (followsTableConvention(loc.info)) return refuse(`${loc.info.name}'s table already follows the convention`);
    return setMapName(schema, { model: loc.info.name, name: snakePlural(loc.info.name) });
  },
};

import { declareExtensions } from '../../../ops/declare-extensions';
import { refuse } from '../../../ops/shared';
import { declaredExtensions, EXTENSIONS, extensionNeeds } from '../../extensions';
import type { Rule } from '../../types';

/**
 * A native type, default or index operator class from a PostgreSQL extension the datasource does not
 * declare: `prisma migrate` then fails on a fresh database (`operator class "gin_trgm_ops" does not
 * exist for access method "gin"`, `type "citext" does not exist`), as do `db push` and shadow databases.
 */
type Options = {
  /**
   * The oldest PostgreSQL major the project deploys to. `gen_random_uuid()` is built in from 13 on, so
   * only below 13 does it need pgcrypto (PostgreSQL 12 reached end of life in November 2024).
   */
  postgresVersion: number;
};

export const extensionsNotDeclared: Rule<Options> = {
  id: 'extensions-not-declared',
  category: 'extensions',
  severity: 'warning',
  title: 'PostgreSQL extension used but not declared',
  why: 'Prisma creates only the extensions the datasource declares; a type, default or operator class from any other makes the migration fail on a fresh database.',
  postgresOnly: true,
  options: { postgresVersion: 13 },
  check(ctx, options) {
    const declared = declaredExtensions(ctx.schema);
    return extensionNeeds(ctx.schema)
      .filter((need) => !declared.has(need.extension) && !(need.onlyOldServers && options.postgresVersion >= 13))
      .map((need) => {
        const info = EXTENSIONS[need.extension];
        const where = need.field ? `${need.model.name}.${need.field.name}` : need.model.name;
        return {
          message: need.onlyOldServers
            ? `${where}: ${need.what} needs the PostgreSQL extension "${info.sql}" on PostgreSQL ${options.postgresVersion} (built in from 13 on), which the datasource does not declare.`
            : `${where}: ${need.what} needs the PostgreSQL extension "${info.sql}", which the datasource does not declare; the migration fails on a fresh database unless a migration creates it.`,
          span: { path: need.model.file, start: need.span.start, end: need.span.end },
          target: need.field ? { kind: 'field' as const, model: need.model.name, field: need.field.name } : { kind: 'model' as const, model: need.model.name },
          fixLabel: `Declare extensions = [${info.declaration}]`,
          data: { extension: need.extension },
        };
      });
  },
  fix(schema, advisory) {
    const name = advisory.data?.extension;
    if (typeof name !== 'string' || !EXTENSIONS[name]) return refuse('Unknown extension');
    if (declaredExtensions(schema).has(name)) return refuse(`"${EXTENSIONS[name].sql}" is already declared`);
    return declareExtensions(schema, { declarations: [EXTENSIONS[name].declaration] });
  },
};

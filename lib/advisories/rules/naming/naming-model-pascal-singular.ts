import { renameEnum } from '../../../ops/rename-enum';
import { renameModel } from '../../../ops/rename-model';
import { checkTypeName, refuse } from '../../../ops/shared';
import type { ParsedSchema } from '../../../schema/document';
import type { AdvisoryDraft, Rule } from '../../types';
import { isPascalCase, isPluralWord, pascalCase, pascalSingular, words } from './words';

interface Options {
  [key: string]: string;
  /** UPPER_SNAKE (default), snake_case, camelCase, PascalCase, or any (no check of enum values). */
  enumValueCase: string;
}

const VALUE_CASES: Record<string, RegExp> = {
  UPPER_SNAKE: /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/,
  snake_case: /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/,
  camelCase: /^[a-z][a-zA-Z0-9]*$/,
  PascalCase: /^[A-Z][a-zA-Z0-9]*$/,
};

/** `CategoriesOnPosts`: Prisma's documented name for an explicit many-to-many model, plural on purpose. */
function isJoinModelName(name: string): boolean {
  const parts = words(name);
  const on = parts.indexOf('On');
  return on > 0 && on < parts.length - 1 && isPluralWord(parts[on - 1]);
}

/** The model name the convention asks for, or null when the name follows it. */
export function conventionalModelName(name: string): string | null {
  const last = words(name).pop() ?? name;
  if (isPascalCase(name) && (!isPluralWord(last) || isJoinModelName(name))) return null;
  return pascalSingular(name);
}

/** The suggested name when the rename is possible (a different, free, valid name). */
function freeName(schema: ParsedSchema, from: string, to: string | null): string | null {
  return to && to !== from && !checkTypeName(schema, to) ? to : null;
}

export const namingModelPascalSingular: Rule<Options> = {
  id: 'naming-model-pascal-singular',
  category: 'naming',
  severity: 'info',
  title: 'Model or enum name off the PascalCase convention',
  why: 'Consistent PascalCase singular model names and PascalCase enums give a consistent client API.',
  postgresOnly: false,
  profile: 'strict',
  options: { enumValueCase: 'UPPER_SNAKE' },
  check(ctx, options) {
    const out: AdvisoryDraft[] = [];
    for (const model of ctx.models) {
      const wanted = conventionalModelName(model.name);
      if (!wanted) continue;
      const to = freeName(ctx.schema, model.name, wanted);
      out.push({
        message: `${model.name}: a model name should be PascalCase and singular${wanted !== model.name ? ` (${wanted})` : ''}.`,
        span: ctx.modelSpan(model),
        target: { kind: 'model', model: model.name },
        // The rename keeps the table (@@map of the old name), so it is migration-neutral.
        ...(to ? { fixLabel: `Rename to ${to}, keeping the table` } : {}),
      });
    }
    const valueCase = VALUE_CASES[options.enumValueCase];
    for (const e of ctx.model.enums) {
      // Enums have no target kind of their own; their names are unique among models and enums.
      const target = { kind: 'model' as const, model: e.name };
      if (!isPascalCase(e.name)) {
        const to = freeName(ctx.schema, e.name, pascalCase(e.name));
        out.push({
          message: `${e.name}: an enum name should be PascalCase${to ? ` (${to})` : ''}.`,
          span: { path: e.file, start: e.block.nameRange.start, end: e.block.nameRange.end },
          target,
          ...(to ? { fixLabel: `Rename to ${to}, keeping the database type` } : {}),
        });
      }
      const off = valueCase ? e.values.filter((v) => !valueCase.test(v.name)) : [];
      if (off.length) {
        const first = off[0].node.nameRange;
        out.push({
          message: `${e.name}: ${off.length > 1 ? 'values' : 'value'} ${off.map((v) => v.name).join(', ')} ${off.length > 1 ? 'are' : 'is'} not ${options.enumValueCase}.`,
          span: { path: e.file, start: first.start, end: first.end },
          target,
        });
      }
    }
    return out;
  },
  fix(schema, advisory) {
    const name = advisory.target.model;
    const model = schema.model.models.find((m) => m.name === name);
    if (model) {
      const to = freeName(schema, name, conventionalModelName(name));
      if (!to) return refuse(`${name} already follows the convention, or its conventional name is taken`);
      return renameModel(schema, { model: name, newName: to, keepTableName: true });
    }
    const e = schema.model.enums.find((x) => x.name === name);
    if (!e) return refuse(`There is no model or enum called \`${name}\``);
    const to = isPascalCase(name) ? null : freeName(schema, name, pascalCase(name));
    if (!to) return refuse(`${name} already is PascalCase, or its PascalCase name is taken`);
    return renameEnum(schema, { enum: name, newName: to, keepTypeName: true });
  },
};

import { describe, expect, it } from 'vitest';
import type { LayoutDocument } from '../layout/layout-document';
import { parseSchema } from '../schema/document';
import { corpusAvailable, corpusProjects } from '../../test-support/corpus';
import { carryRenamedPositions } from './rename-carry';

const SCHEMA = `datasource db {
  provider = "postgresql"
}

model User {
  id Int @id
}

model Post {
  id Int @id
}

enum Role {
  ADMIN
}
`;

const parse = (text: string, path = 'schema.prisma') => parseSchema([{ path, text }]);

function layout(positions: LayoutDocument['positions'], collapsed?: string[]): LayoutDocument {
  return { version: 1, positions, ...(collapsed ? { collapsed } : {}) };
}

const before = parse(SCHEMA);
const start = layout({ User: { x: 10, y: 20 }, Post: { x: 300, y: 20 }, Role: { x: 600, y: 40 } });

describe('carryRenamedPositions', () => {
  it('moves the position of a renamed model to its new name', () => {
    const next = carryRenamedPositions(before, parse(SCHEMA.replace('model User', 'model Account')), start);
    expect(next.positions).toEqual({ Account: { x: 10, y: 20 }, Post: { x: 300, y: 20 }, Role: { x: 600, y: 40 } });
    expect(next).not.toBe(start);
    // the input layout is not mutated
    expect(Object.keys(start.positions)).toEqual(['User', 'Post', 'Role']);
  });

  it('carries enums and the collapsed flag too', () => {
    const collapsed = layout(start.positions, ['Role', 'Post']);
    const next = carryRenamedPositions(before, parse(SCHEMA.replace('enum Role', 'enum Permission')), collapsed);
    expect(next.positions.Permission).toEqual({ x: 600, y: 40 });
    expect(Object.hasOwn(next.positions, 'Role')).toBe(false);
    expect(next.collapsed).toEqual(['Permission', 'Post']);
  });

  it('returns the same layout when no name changed', () => {
    expect(carryRenamedPositions(before, parse(SCHEMA.replace('id Int @id', 'id String @id')), start)).toBe(start);
  });

  it('does not guess when two blocks were renamed at once', () => {
    const text = SCHEMA.replace('model User', 'model Account').replace('model Post', 'model Article');
    expect(carryRenamedPositions(before, parse(text), start)).toBe(start);
  });

  it('does not carry when a block was deleted and another added elsewhere', () => {
    const text = SCHEMA.replace('model User {\n  id Int @id\n}\n\n', '') + '\nmodel Invoice {\n  id Int @id\n}\n';
    expect(carryRenamedPositions(before, parse(text), start)).toBe(start);
  });

  it('does not carry when a model is replaced by a view of another name', () => {
    expect(carryRenamedPositions(before, parse(SCHEMA.replace('model User', 'view Account')), start)).toBe(start);
  });

  it('does not carry when blocks were added or removed', () => {
    expect(carryRenamedPositions(before, parse(SCHEMA + '\nmodel Tag {\n  id Int @id\n}\n'), start)).toBe(start);
  });

  it('keeps an existing position of the new name, and does nothing when the old name had none', () => {
    const both = layout({ ...start.positions, Account: { x: 999, y: 999 } });
    expect(carryRenamedPositions(before, parse(SCHEMA.replace('model User', 'model Account')), both)).toBe(both);
    const unplaced = layout({ Post: { x: 1, y: 2 } });
    expect(carryRenamedPositions(before, parse(SCHEMA.replace('model User', 'model Account')), unplaced)).toBe(unplaced);
  });

  it('does not count a renamed generator or datasource as a rename', () => {
    const generator = 'generator client {\n  provider = "prisma-client"\n}\n\n';
    const prev = parse(generator + SCHEMA);
    const renamedConfig = generator.replace('client', 'js') + SCHEMA.replace('datasource db', 'datasource pg');
    expect(carryRenamedPositions(prev, parse(renamedConfig), start)).toBe(start);
    // …so a model renamed in the same edit is still the only rename
    const next = carryRenamedPositions(prev, parse(renamedConfig.replace('model Post', 'model Article')), start);
    expect(next.positions.Article).toEqual({ x: 300, y: 20 });
  });

  it('treats a model named like an Object.prototype key as a plain name', () => {
    const next = carryRenamedPositions(before, parse(SCHEMA.replace('model User', 'model constructor')), start);
    expect(next.positions.constructor).toEqual({ x: 10, y: 20 });
  });
});

describe.skipIf(!corpusAvailable())('carryRenamedPositions on a multi-file corpus project', () => {
  it('carries a rename inside one file of formbricks and only that position changes', () => {
    const project = corpusProjects().find((p) => p.name === 'formbricks')!;
    expect(project.files.length).toBeGreaterThan(1);
    const prev = parseSchema(project.files);
    const names = [...prev.model.models, ...prev.model.enums].map((m) => m.name);
    const positions = Object.fromEntries(names.map((n, i) => [n, { x: i, y: i }]));
    const target = prev.model.models[3];
    const files = project.files.map((f) =>
      f.path === target.file ? { ...f, text: f.text.replace(new RegExp(`^model ${target.name} \\{`, 'm'), `model ${target.name}Renamed {`) } : f,
    );
    const next = carryRenamedPositions(prev, parseSchema(files), layout(positions));
    expect(next.positions[`${target.name}Renamed`]).toEqual(positions[target.name]);
    expect(Object.hasOwn(next.positions, target.name)).toBe(false);
    expect(Object.keys(next.positions)).toHaveLength(names.length);
  });
});

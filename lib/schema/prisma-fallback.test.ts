import { describe, expect, it } from 'vitest';
import { prismaEngine, acceptingVersion } from '../../test-support/prisma';
import { vendoredEngineFixtures } from '../../test-support/parity';
import { generateSchema } from '../../test-support/psl-generator';
import { parseSchema, type ParsedSchema, type SchemaFile } from './document';
import { summarizeDatamodel, summarizeModel, type DmmfDatamodel } from './dmmf';
import { diagramModel, isReadOnlyBlock, modelWithPrismaFallback, needsPrismaFallback } from './prisma-fallback';

const text = `datasource db {
  provider = "postgresql"
}

/// People
model User {
  id    Int    @id @default(autoincrement())
  email String @unique
  role  Role   @default(USER)
  posts Post[]
}

model Post {
  id       Int     @id
  title    String  @db.VarChar(200)
  authorId Int
  author   User    @relation(fields: [authorId], references: [id], onDelete: Cascade)
  flag     Boolean

  @@index([authorId], map: "post_author")
  @@unique([title, authorId])
}

enum Role {
  USER
  ADMIN @map("admin")
}
`;
const files: SchemaFile[] = [{ path: 'schema.prisma', text }];

function datamodel(f: readonly SchemaFile[]): DmmfDatamodel {
  const version = acceptingVersion(f)!;
  const dm = prismaEngine(version).datamodel(f);
  if (!dm.ok) throw new Error(dm.message);
  return dm.datamodel as DmmfDatamodel;
}

/** The scanner's result with a syntax error inside each named block, as if it had misread them. */
function poisoned(f: readonly SchemaFile[], names: readonly string[] | 'all'): ParsedSchema {
  const parsed = parseSchema(f);
  for (const ast of parsed.files) {
    for (const b of ast.blocks) {
      if (names !== 'all' && !names.includes(b.name)) continue;
      if (b.kind === 'datasource' || b.kind === 'generator') continue;
      const error = { message: 'Unexpected "?"; expected a value', range: { start: b.nameRange.start, end: b.nameRange.end } };
      ast.errors.push(error);
      parsed.model.problems.push({ file: ast.path, range: error.range, message: error.message });
    }
  }
  return parsed;
}

describe('modelWithPrismaFallback', () => {
  it('keeps the blocks the scanner read cleanly and takes the rest from Prisma, read-only', () => {
    const parsed = poisoned(files, ['Post']);
    expect(needsPrismaFallback(parsed, 0)).toBe(true);
    const fallback = modelWithPrismaFallback(parsed, datamodel(files));
    expect(fallback.readOnly).toEqual(['Post']);
    expect(isReadOnlyBlock(fallback, 'Post')).toBe(true);
    expect(isReadOnlyBlock(fallback, 'User')).toBe(false);
    expect(fallback.model.problems).toEqual([]);
    // User is the scanner's own model, with exact ranges for patches
    expect(fallback.model.models.find((m) => m.name === 'User')).toBe(parsed.model.models.find((m) => m.name === 'User'));
    const post = fallback.model.models.find((m) => m.name === 'Post')!;
    expect(post.block.name).toBe('Post'); // the scanner's block, so selecting it still finds the text
    expect(post.fields.map((f) => [f.name, f.type, f.kind, f.optional, f.list])).toEqual([
      ['id', 'Int', 'scalar', false, false],
      ['title', 'String', 'scalar', false, false],
      ['authorId', 'Int', 'scalar', false, false],
      ['author', 'User', 'object', false, false],
      ['flag', 'Boolean', 'scalar', false, false],
    ]);
    expect(post.fields.find((f) => f.name === 'title')!.nativeType).toBe('VarChar(200)');
    expect(post.fields.find((f) => f.name === 'authorId')!.isForeignKey).toBe(true);
    expect(post.primaryKey).toEqual(['id']);
    expect(post.indexes.map((i) => [i.fields, i.name])).toEqual([[['authorId'], 'post_author']]);
    expect(post.uniques.map((i) => i.fields)).toEqual([['title', 'authorId']]);
    // the relation pairs a scanner field with a Prisma field
    expect(fallback.model.relations.map((r) => [r.id, r.kind, r.onDelete.action])).toEqual([['Post.author', '1:n', 'Cascade']]);
    expect(fallback.note).toContain('`Post`');
    expect(fallback.note).toContain('read-only');
    expect(summarizeModel(fallback.model)).toEqual(summarizeDatamodel(datamodel(files)));
  });

  it('builds enums from Prisma with their mapped values', () => {
    const fallback = modelWithPrismaFallback(poisoned(files, ['Role']), datamodel(files));
    expect(fallback.readOnly).toEqual(['Role']);
    expect(fallback.model.enums[0].values.map((v) => [v.name, v.dbName])).toEqual([['USER', null], ['ADMIN', 'admin']]);
    expect(fallback.model.models.find((m) => m.name === 'User')!.fields.find((f) => f.name === 'role')!.kind).toBe('enum');
  });

  it('does not ask for a fallback when Prisma rejects the text too, or when the scanner has no problem', () => {
    expect(needsPrismaFallback(poisoned(files, ['Post']), 2)).toBe(false);
    expect(needsPrismaFallback(parseSchema(files), 0)).toBe(false);
  });

  it('rebuilds every vendored prisma-engines fixture from Prisma alone with the same summary as Prisma', () => {
    let rebuilt = 0;
    for (const fixture of vendoredEngineFixtures()) {
      if (!acceptingVersion(fixture.files)) continue;
      const dm = datamodel(fixture.files);
      const fallback = modelWithPrismaFallback(poisoned(fixture.files, 'all'), dm);
      expect(fallback.model.problems).toEqual([]);
      expect(summarizeModel(fallback.model), fixture.name).toEqual(summarizeDatamodel(dm));
      rebuilt++;
    }
    expect(rebuilt).toBeGreaterThan(180);
  });

  it('rebuilds generated schemas from Prisma alone, and keeps clean blocks when only one is misread', () => {
    for (let seed = 0; seed < 60; seed++) {
      const generated = generateSchema(seed).files;
      const dm = datamodel(generated);
      expect(summarizeModel(modelWithPrismaFallback(poisoned(generated, 'all'), dm).model), `seed ${seed}`).toEqual(summarizeDatamodel(dm));
      const partial = modelWithPrismaFallback(poisoned(generated, ['Model0']), dm);
      expect(partial.readOnly, `seed ${seed}`).toEqual(['Model0']);
      expect(summarizeModel(partial.model), `seed ${seed}`).toEqual(summarizeDatamodel(dm));
    }
  });

  it('diagramModel: the scanner’s model when it has no problem or Prisma rejects the text too, else the fallback', () => {
    const clean = parseSchema(files);
    let asked = 0;
    const dm = () => {
      asked++;
      return datamodel(files);
    };
    expect(diagramModel(clean, 0, dm)).toEqual({ model: clean.model, fallback: null });
    const broken = poisoned(files, ['Post']);
    expect(diagramModel(broken, 3, dm)).toEqual({ model: broken.model, fallback: null });
    expect(asked).toBe(0); // Prisma's datamodel only when it is needed
    const drawn = diagramModel(broken, 0, dm);
    expect(asked).toBe(1);
    expect(drawn.fallback?.readOnly).toEqual(['Post']);
    expect(drawn.model.problems).toEqual([]);
    expect(diagramModel(broken, 0, () => null)).toEqual({ model: broken.model, fallback: null });
  });
});

import { describe, expect, it } from 'vitest';
import { parseSchema } from '../schema/document';
import { corpusAvailable, corpusProjects } from '../../test-support/corpus';
import { ownCompletions, type CompletionSuggestion } from './completion';

/** Completes at the `|` in `source` (the bar is removed from the text). */
function complete(source: string): { items: CompletionSuggestion[]; offset: number; text: string } {
  const offset = source.indexOf('|');
  if (offset < 0 || source.indexOf('|', offset + 1) >= 0) throw new Error('mark the cursor with exactly one |');
  const text = source.slice(0, offset) + source.slice(offset + 1);
  const parsed = parseSchema([{ path: 'schema.prisma', text }]);
  return { items: ownCompletions(parsed, 'schema.prisma', offset), offset, text };
}

function labels(source: string): string[] {
  return complete(source).items.map((i) => i.label);
}

function item(source: string, label: string): CompletionSuggestion {
  const found = complete(source).items.find((i) => i.label === label);
  if (!found) throw new Error(`no suggestion ${label}`);
  return found;
}

const SCALARS = ['String', 'Boolean', 'Int', 'BigInt', 'Float', 'Decimal', 'DateTime', 'Json', 'Bytes'];

const PG = 'datasource db {\n  provider = "postgresql"\n}\n\n';

const SHOP = `${PG}enum Role {
  ADMIN
  USER
}

model User {
  id        Int      @id @default(autoincrement())
  email     String   @unique
  role      Role
  createdAt DateTime
  posts     Post[]
}

model Post {
  id       Int    @id
  title    String
  authorId Int
  author   User   @relation(fields: [authorId], references: [id])
}
`;

/** SHOP with `line` added as the last member of Post and the cursor in it. */
function inPost(line: string): string {
  return SHOP.replace('references: [id])\n}', `references: [id])\n  ${line}\n}`);
}

describe('top level', () => {
  it('offers the block keywords at the start of a line, with bodies indented by two spaces', () => {
    expect(labels('|')).toEqual(['model', 'enum', 'view', 'type', 'datasource', 'generator']);
    const model = item('|', 'model');
    expect(model).toMatchObject({ kind: 'keyword', snippet: true, insertText: 'model ${1:Name} {\n  id Int @id @default(autoincrement())\n  $0\n}' });
    expect(item('|', 'enum').insertText).toBe('enum ${1:Name} {\n  ${2:VALUE}\n}');
  });

  it('replaces the partial keyword', () => {
    const { items } = complete(`${SHOP}\nmo|`);
    const at = SHOP.length + 1;
    expect(items.find((i) => i.label === 'model')?.replace).toEqual({ start: at, end: at + 2 });
  });

  it('does not offer a second datasource', () => {
    expect(labels(`${SHOP}\n|`)).not.toContain('datasource');
    expect(labels(`${SHOP}\n|`)).toContain('generator');
  });

  it('offers nothing after a keyword (a name is being typed) or inside a comment', () => {
    expect(labels('model Us|')).toEqual([]);
    expect(labels('// model |')).toEqual([]);
    expect(labels('/// |')).toEqual([]);
    expect(labels('/* a\n | */')).toEqual([]);
  });
});

describe('field types', () => {
  it('offers scalars, enums, models, views, composite types and Unsupported after a field name', () => {
    const src = `${SHOP}view Stats {\n  id Int @unique\n}\ntype Address {\n  street String\n}\n`.replace('  posts     Post[]', '  posts     Post[]\n  nickname |');
    const got = labels(src);
    expect(got.slice(0, 9)).toEqual(SCALARS);
    expect(got).toEqual(expect.arrayContaining(['Role', 'User', 'Post', 'Stats', 'Address', 'Unsupported("…")']));
    expect(item(src, 'Unsupported("…")')).toMatchObject({ insertText: 'Unsupported("${1:type}")', snippet: true });
    expect(item(src, 'Role').detail).toBe('Enum');
  });

  it('offers types declared in other files of a multi-file schema', () => {
    const files = [
      { path: 'user.prisma', text: 'model User {\n  id   Int @id\n  role \n}\n' },
      { path: 'enums.prisma', text: 'enum Role {\n  ADMIN\n}\n' },
    ];
    const got = ownCompletions(parseSchema(files), 'user.prisma', files[0].text.indexOf('role ') + 5).map((i) => i.label);
    expect(got).toContain('Role');
    expect(ownCompletions(parseSchema(files), 'missing.prisma', 0)).toEqual([]);
  });

  it('replaces the partial type name', () => {
    const { items, offset } = complete(inPost('body Str|'));
    expect(items.find((i) => i.label === 'String')?.replace).toEqual({ start: offset - 3, end: offset });
  });

  it('offers no relations inside a composite type', () => {
    const got = labels(`${SHOP}type Address {\n  street |\n}\n`);
    expect(got).toContain('String');
    expect(got).toContain('Role');
    expect(got).not.toContain('User');
    expect(got).not.toContain('Unsupported("…")');
  });

  it('offers nothing while the field name itself is typed', () => {
    expect(labels(inPost('bod|'))).toEqual([]);
  });

  it('works in an unclosed block at the end of the file', () => {
    expect(labels(`${PG}model A {\n  id Int @id\n  name |`)).toEqual(expect.arrayContaining(SCALARS));
  });

  it('is not confused by a parenthesis left open on the line above', () => {
    expect(labels(`${PG}model A {\n  id Int @id @default(\n  name |\n}\n`)).toEqual(expect.arrayContaining(SCALARS));
  });
});

describe('field attributes', () => {
  it('offers the scalar field attributes after the type', () => {
    expect(labels(inPost('slug String |'))).toEqual(['@id', '@unique', '@default(…)', '@map("…")', '@ignore', '@db.']);
  });

  it('offers @updatedAt only for DateTime', () => {
    expect(labels(inPost('editedAt DateTime |'))).toContain('@updatedAt');
    expect(labels(inPost('slug String |'))).not.toContain('@updatedAt');
  });

  it('leaves out what the field already has and what its type cannot take', () => {
    expect(labels(inPost('slug String @unique |'))).not.toContain('@unique');
    expect(labels(inPost('slug String | @unique @db.Text'))).toEqual(['@id', '@default(…)', '@map("…")', '@ignore']);
    expect(labels(inPost('slug String? |'))).not.toContain('@id');
    const list = labels(inPost('tags String[] |'));
    expect(list).not.toContain('@id');
    expect(list).not.toContain('@unique');
    expect(labels(inPost('slug String @db.Text |'))).not.toContain('@db.');
  });

  it('offers @relation for relation fields', () => {
    expect(labels(inPost('editor User |'))).toEqual(['@relation(…)', '@ignore']);
    expect(item(inPost('editor User |'), '@relation(…)').insertText).toBe('@relation(fields: [$1], references: [$2])');
    expect(item(SHOP.replace('posts     Post[]', 'posts     Post[] |'), '@relation(…)').insertText).toBe('@relation("$1")');
  });

  it('replaces from the @ the user typed', () => {
    const { items, offset } = complete(inPost('slug String @un|'));
    expect(items.find((i) => i.label === '@unique')?.replace).toEqual({ start: offset - 3, end: offset });
  });

  it('uses the datasource name for native types and offers none without a datasource', () => {
    expect(labels(inPost('slug String |').replace('datasource db', 'datasource pg'))).toContain('@pg.');
    expect(labels('model A {\n  id String |\n}\n')).not.toContain('@db.');
  });

  it('leaves native types after @db. to prisma-fmt', () => {
    expect(labels(inPost('slug String @db.|'))).toEqual([]);
    expect(labels(inPost('slug String @db.Var|'))).toEqual([]);
  });

  it('needs a space after the type', () => {
    expect(labels(inPost('slug String?|'))).toEqual([]);
  });
});

describe('block attributes', () => {
  it('offers block attributes at the start of a member line', () => {
    expect(labels(inPost('|'))).toEqual(['@@id([…])', '@@unique([…])', '@@index([…])', '@@map("…")', '@@ignore']);
    const { items, offset } = complete(inPost('@@|'));
    expect(items.find((i) => i.label === '@@index([…])')).toMatchObject({ insertText: '@@index([$1])', snippet: true, replace: { start: offset - 2, end: offset } });
  });

  it('offers @@schema only when the datasource lists schemas', () => {
    expect(labels(inPost('@|'))).not.toContain('@@schema("…")');
    const multi = inPost('@|').replace('provider = "postgresql"', 'provider = "postgresql"\n  schemas  = ["auth", "public"]');
    expect(item(multi, '@@schema("…")').insertText).toBe('@@schema("${1|auth,public|}")');
  });

  it('does not offer a second @@map but does offer another @@index', () => {
    const src = inPost('@@map("posts")\n  @@index([title])\n  @@|');
    expect(labels(src)).not.toContain('@@map("…")');
    expect(labels(src)).toContain('@@index([…])');
  });

  it('offers nothing after a block attribute, and no block attributes in composite types', () => {
    expect(labels(inPost('@@index([title]) |'))).toEqual([]);
    expect(labels(`${SHOP}type Address {\n  @@|\n}\n`)).toEqual([]);
  });

  it('offers no @@index in views', () => {
    expect(labels(`${SHOP}view Stats {\n  id Int @unique\n  |\n}\n`)).toEqual(['@@id([…])', '@@unique([…])', '@@map("…")', '@@ignore']);
  });

  it('offers @@map in enums and @map after an enum value', () => {
    expect(labels(SHOP.replace('  USER\n', '  USER\n  @@|\n'))).toEqual(['@@map("…")']);
    expect(labels(SHOP.replace('  USER\n', '  USER |\n'))).toEqual(['@map("…")']);
  });
});

describe('@default values', () => {
  it('are filtered by the field type', () => {
    expect(labels(inPost('n Int @default(|)'))).toEqual(['autoincrement()', 'dbgenerated("…")']);
    expect(labels(inPost('s String @default(|)'))).toEqual(['uuid()', 'cuid()', 'nanoid()', 'ulid()', 'dbgenerated("…")']);
    expect(labels(inPost('at DateTime @default(|)'))).toEqual(['now()', 'dbgenerated("…")']);
    expect(labels(inPost('ok Boolean @default(|)'))).toEqual(['true', 'false', 'dbgenerated("…")']);
    expect(labels(inPost('r Role @default(|)'))).toEqual(['ADMIN', 'USER', 'dbgenerated("…")']);
    expect(labels(inPost('tags String[] @default(|)'))).toEqual(['dbgenerated("…")']);
  });

  it('replace the partial function name', () => {
    const { items, offset } = complete(inPost('s String @default(cu|)'));
    expect(items.find((i) => i.label === 'cuid()')?.replace).toEqual({ start: offset - 2, end: offset });
  });

  it('are offered only for the first argument', () => {
    expect(labels(inPost('s String @default(uuid(|))'))).toEqual([]);
    expect(labels(inPost('s String @default("x", |)'))).toEqual([]);
    expect(labels(inPost('s String @default("x|")'))).toEqual([]);
  });
});

describe('field lists', () => {
  it('offers the model scalar fields inside @@index([ and skips the listed ones', () => {
    expect(labels(inPost('@@index([|])'))).toEqual(['id', 'title', 'authorId']);
    expect(labels(inPost('@@index([title, |])'))).toEqual(['id', 'authorId']);
    expect(labels(inPost('@@unique(fields: [|])'))).toEqual(['id', 'title', 'authorId']);
    expect(labels(inPost('@@id([|])'))).toEqual(['id', 'title', 'authorId']);
    expect(item(inPost('@@index([|])'), 'id')).toMatchObject({ kind: 'field', detail: 'Int · primary key' });
  });

  it('offers nothing in the other arguments of @@index', () => {
    expect(labels(inPost('@@index([title], map: |)'))).toEqual([]);
    expect(labels(inPost('@@index([title |])'))).toEqual([]);
  });

  it('offers own fields in @relation(fields: [ and the related model fields in references: [', () => {
    expect(labels(inPost('editor User @relation(fields: [|])'))).toEqual(['id', 'title', 'authorId']);
    expect(labels(inPost('editorId Int\n  editor User @relation(fields: [editorId], references: [|])'))).toEqual(['id', 'email', 'role', 'createdAt']);
  });

  it('offers the @relation argument names that are not written yet', () => {
    expect(labels(inPost('editor User @relation(|)'))).toEqual(['fields', 'references', 'onDelete', 'onUpdate', 'name', 'map']);
    expect(labels(inPost('editor User @relation(fields: [authorId], |)'))).toEqual(['references', 'onDelete', 'onUpdate', 'name', 'map']);
    expect(labels(inPost('editor User @relation(onDelete: |)'))).toEqual([]);
  });
});

describe('datasource and generator', () => {
  it('offers the datasource properties not written yet', () => {
    expect(labels('datasource db {\n  |\n}\n')).toEqual(['provider', 'url', 'directUrl', 'relationMode', 'schemas', 'extensions']);
    expect(labels('datasource db {\n  provider = "mysql"\n  |\n}\n')).toEqual(['url', 'directUrl', 'relationMode', 'schemas']);
    expect(item('datasource db {\n  |\n}\n', 'url').insertText).toBe('url = env("${1:DATABASE_URL}")');
  });

  it('offers the providers after provider =', () => {
    const providers = ['postgresql', 'mysql', 'sqlite', 'sqlserver', 'mongodb', 'cockroachdb'];
    expect(labels('datasource db {\n  provider = |\n}\n')).toEqual(providers.map((p) => `"${p}"`));
    const { items, offset } = complete('datasource db {\n  provider = "po|"\n}\n');
    expect(items.map((i) => i.label)).toEqual(providers);
    expect(items[0]).toMatchObject({ insertText: 'postgresql', replace: { start: offset - 2, end: offset } });
  });

  it('offers the generator properties', () => {
    expect(labels('generator client {\n  provider = "prisma-client"\n  |\n}\n')).toEqual(['output', 'previewFeatures', 'binaryTargets']);
    expect(labels('generator client {\n  provider = "|"\n}\n')).toEqual(['prisma-client', 'prisma-client-js']);
  });

  it('offers nothing in other strings and arrays', () => {
    expect(labels('datasource db {\n  provider = "postgresql"\n  schemas = ["|"]\n}\n')).toEqual([]);
    expect(labels('generator client {\n  output = "../|"\n}\n')).toEqual([]);
  });
});

describe('on real schemas', () => {
  it.skipIf(!corpusAvailable())('never throws at sampled offsets of corpus files', () => {
    const projects = corpusProjects().filter((p) => ['trigger-dev-run-ops', 'formbricks', 'umami', 'rallly', 'refly'].includes(p.name));
    expect(projects.length).toBe(5);
    let calls = 0;
    let nonEmpty = 0;
    const badRanges: string[] = [];
    for (const project of projects) {
      const parsed = parseSchema(project.files);
      for (const file of project.files) {
        const step = Math.max(1, Math.floor(file.text.length / 1500));
        for (let offset = 0; offset <= file.text.length; offset += step) {
          const items = ownCompletions(parsed, file.path, offset);
          calls++;
          if (items.length) nonEmpty++;
          for (const i of items) {
            if (i.replace.start > offset || i.replace.end !== offset) badRanges.push(`${project.name}/${file.path}@${offset}: ${i.label}`);
          }
        }
      }
    }
    expect(badRanges).toEqual([]);
    expect(calls).toBeGreaterThan(5000);
    // plenty of sampled offsets sit at a type, attribute or line-start position
    expect(nonEmpty).toBeGreaterThan(calls / 20);
  });
});

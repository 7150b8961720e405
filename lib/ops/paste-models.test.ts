import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSchema, type SchemaFile } from '../schema/document';
import { applyEdits } from '../text/edits';
import { describeGolden } from '../../test-support/golden-suite';
import { FIXTURES_DIR } from '../../test-support/golden';
import { describeDiagnostics, prismaErrors } from '../../test-support/prisma';
import { untouchedBlockChanges } from '../../test-support/untouched';
import { copyModelsText, pasteModels, type PasteModelsArgs } from './paste-models';

// Cases live in fixtures/paste-models/<case>/: args.json, in/, and out/ or refused.txt (see test-support/golden.ts).
describeGolden('paste-models', pasteModels);

function load(dir: string): SchemaFile[] {
  const root = join(FIXTURES_DIR, dir);
  const out: SchemaFile[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d).sort()) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else out.push({ path: relative(root, p).split('\\').join('/'), text: readFileSync(p, 'utf8') });
    }
  };
  walk(root);
  return out;
}

const blog = load('rename-model/keep-table-name/in');
const shop = load('rename-model/multi-file/in');
const social = load('rename-model/self-relations-crlf/in');

/** Pastes and checks what the golden suite checks: Prisma accepts it and untouched blocks stay. */
function paste(files: SchemaFile[], args: PasteModelsArgs): { files: SchemaFile[]; message: string } {
  const result = pasteModels(parseSchema(files), args);
  if (!result.ok) throw new Error(result.reason);
  const after = applyEdits(files, result.edits);
  expect(describeDiagnostics(after, prismaErrors('7', after))).toEqual([]);
  expect(untouchedBlockChanges(files, result.edits, after)).toEqual([]);
  return { files: after, message: result.message ?? '' };
}

describe('copyModelsText', () => {
  it('returns the blocks exactly as written, with their docs, in schema order', () => {
    const text = blog[0].text;
    const profile = text.slice(text.indexOf('/**'), text.indexOf('}', text.indexOf('model Profile')) + 1);
    const tag = text.slice(text.indexOf('model Tag'), text.indexOf('}', text.indexOf('model Tag')) + 1);
    expect(copyModelsText(parseSchema(blog), ['Tag', 'Profile', 'Nope'])).toBe(`${profile}\n\n${tag}\n`);
  });

  it('keeps CRLF line endings and collects blocks across files', () => {
    expect(copyModelsText(parseSchema(social), ['Note'])).toMatch(/^\/\/\/ A short post; notes form threads\.\r\nmodel Note \{\r\n[^]*\r\n\}\r\n$/);
    const copied = copyModelsText(parseSchema(shop), ['Tier', 'Customer']);
    // files in order (enums.prisma before models/), blocks in order within a file
    expect(copied.indexOf('enum Tier')).toBeLessThan(copied.indexOf('model Customer'));
    expect(copied).toContain('/// Someone who buys things.\nmodel Customer {');
    expect(copyModelsText(parseSchema(shop), [])).toBe('');
  });
});

describe('copy and paste between schemas', () => {
  const shopModels = ['Customer', 'Order', 'OrderLine', 'Coupon', 'OrderStatus', 'Tier'];

  it('round-trips blocks whose relations all come along', () => {
    const copied = copyModelsText(parseSchema(shop), shopModels);
    const { files: blogAfter, message } = paste(blog, { text: copied });
    expect(message).toBe('Pasted OrderStatus, Tier, Coupon, Customer, Order, OrderLine');
    // copied back out of the other schema, the text is what was copied in
    const back = copyModelsText(parseSchema(blogAfter), shopModels);
    const blocks = (t: string) => t.split(/\n\n(?=\/\/\/|model|enum)/).sort();
    expect(blocks(back)).toEqual(blocks(copied));
  });

  it('pasting back into the source renames every block and keeps the pasted relations among themselves', () => {
    const copied = copyModelsText(parseSchema(shop), shopModels);
    const { files, message } = paste(shop, { text: copied, file: 'models/order.prisma' });
    // identical enums are the destination's own
    expect(message).toBe('Pasted Coupon as Coupon2, Customer as Customer2, Order as Order2, OrderLine as OrderLine2; kept this schema\'s OrderStatus, Tier');
    const order = files.find((f) => f.path === 'models/order.prisma')!.text;
    expect(order).toContain(
      [
        'model Order2 {',
        '  number     Int',
        '  year       Int',
        '  customerId String       @db.Uuid',
        '  customer   Customer2    @relation(fields: [customerId], references: [id])',
        '  status     OrderStatus  @default(OPEN)',
        '  placedAt   DateTime     @default(now())',
        '  couponCode String?',
        '  coupon     Coupon2?     @relation(fields: [couponCode], references: [code])',
        '  lines      OrderLine2[]',
      ].join('\n'),
    );
    expect(order).toContain('  order       Order2 @relation(fields: [orderNumber, orderYear], references: [number, year], onDelete: Cascade)');
  });

  it('links a pasted foreign key to a model of the destination and drops what it cannot link', () => {
    const copied = copyModelsText(parseSchema(blog), ['User', 'Post', 'Tag', 'Role']);
    const { files: shopAfter, message } = paste(shop, { text: copied });
    // `profile Profile?` has no target in the shop
    expect(message).toContain('left out relation field User.profile');
    // and back into the blog: User and Post clash, Tag and Role are the same there
    const again = copyModelsText(parseSchema(shopAfter), ['Order', 'OrderLine', 'OrderStatus', 'Customer', 'Tier', 'Coupon', 'Post']);
    const { files: blogAfter, message: back } = paste(blog, { text: again });
    expect(back).toBe('Pasted OrderStatus, Tier, Coupon, Customer, Order, OrderLine, Post as Post2; left out relation field Post.tags; added back-relation User.posts2');
    expect(blogAfter[0].text).toContain('  profile   Profile?\n  posts2    Post2[]\n');
    expect(blogAfter[0].text).toContain('  author    User     @relation(fields: [authorId], references: [id])\n  updatedAt DateTime @updatedAt\n');
  });
});

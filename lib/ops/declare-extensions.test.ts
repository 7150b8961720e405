import { describe, expect, it } from 'vitest';
import { parseSchema } from '../schema/document';
import { applyEdits } from '../text/edits';
import { expectValid } from '../../test-support/advisories';
import { declareExtensions } from './declare-extensions';

const base = `datasource db {
  provider = "postgresql"
}
`;
const generator = `generator client {
  provider = "prisma-client-js"
}
`;
const model = `model A {
  id   Int    @id
  name String @db.Citext
}
`;

describe('declareExtensions', () => {
  it('writes extensions and the preview feature across the files of a multi-file schema, touching nothing else', () => {
    const files = [
      { path: 'base.prisma', text: `${base}\n${generator}` },
      { path: 'a.prisma', text: model },
    ];
    const r = declareExtensions(parseSchema(files), { declarations: ['citext', 'uuid_ossp(map: "uuid-ossp")'] });
    if (!r.ok) throw new Error(r.reason);
    const next = applyEdits(files, r.edits);
    expect(next[0].text).toBe(
      'datasource db {\n  provider = "postgresql"\n  extensions = [citext, uuid_ossp(map: "uuid-ossp")]\n}\n\ngenerator client {\n  provider = "prisma-client-js"\n  previewFeatures = ["postgresqlExtensions"]\n}\n',
    );
    expect(next[1].text).toBe(model);
    expectValid(next);
    expect(r.message).toBe('Declared citext, uuid_ossp');
  });

  it('leaves what is declared alone and refuses when there is nothing to do or no datasource', () => {
    const files = [{ path: 'schema.prisma', text: `${base.replace('}', '  extensions = [citext]\n}')}\n${generator.replace('}', '  previewFeatures = ["postgresqlExtensions"]\n}')}\n${model}` }];
    expect(declareExtensions(parseSchema(files), { declarations: ['citext'] })).toEqual({ ok: false, reason: 'The extensions are already declared' });
    expect(declareExtensions(parseSchema([{ path: 's.prisma', text: model }]), { declarations: ['citext'] })).toEqual({ ok: false, reason: 'The schema has no datasource block' });
  });

  it('keeps CRLF line endings', () => {
    const files = [{ path: 'schema.prisma', text: `${base}\n${generator}\n${model}`.replace(/\n/g, '\r\n') }];
    const r = declareExtensions(parseSchema(files), { declarations: ['citext'] });
    if (!r.ok) throw new Error(r.reason);
    const text = applyEdits(files, r.edits)[0].text;
    expect(text).toContain('  provider = "postgresql"\r\n  extensions = [citext]\r\n}');
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
  });
});

import { describe, expect, it } from 'vitest';
import { engineSchemaFiles, introspectionBaseSchema } from './prepare';

const PRISMA6 = `generator client {
  provider = "prisma-client-js"
  url      = "not a datasource: kept"
}

datasource db {
  provider          = "postgresql"
  url               = env("DATABASE_URL") // pooled
  directUrl         = env("DIRECT_URL")
  shadowDatabaseUrl = env("SHADOW_DATABASE_URL")
  extensions        = [citext]
}

model User {
  id  Int    @id
  url String // a field called url is kept
}
`;

describe('engineSchemaFiles', () => {
  it('blanks url, directUrl and shadowDatabaseUrl of datasources and keeps every other byte at its offset', () => {
    const files = [{ path: 'schema.prisma', text: PRISMA6 }];
    const [out] = engineSchemaFiles(files);
    expect(out.text.length).toBe(PRISMA6.length);
    expect(out.text.split('\n').length).toBe(PRISMA6.split('\n').length);
    expect(out.text).not.toMatch(/env\("(DATABASE_URL|DIRECT_URL|SHADOW_DATABASE_URL)"\)/);
    expect(out.text).toContain('url      = "not a datasource: kept"');
    expect(out.text).toContain('// pooled');
    expect(out.text).toContain('extensions        = [citext]');
    expect(out.text).toContain('url String // a field called url is kept');
    // Every character that is not part of a blanked property is unchanged.
    const blanked = [...PRISMA6].filter((c, i) => out.text[i] !== c);
    expect(blanked.join('')).toBe('url               = env("DATABASE_URL")directUrl         = env("DIRECT_URL")shadowDatabaseUrl = env("SHADOW_DATABASE_URL")'.replace(/ /g, ''));
    // The user's files are untouched.
    expect(files[0].text).toBe(PRISMA6);
  });

  it('returns the same file object when there is nothing to blank (multi-file schemas: model files)', () => {
    const file = { path: 'models/user.prisma', text: 'model User {\n  id Int @id\n}\n' };
    expect(engineSchemaFiles([file])[0]).toBe(file);
  });

  it('keeps CRLF line endings', () => {
    const text = 'datasource db {\r\n  provider = "postgresql"\r\n  url = env("X")\r\n}\r\n';
    expect(engineSchemaFiles([{ path: 's.prisma', text }])[0].text).toBe('datasource db {\r\n  provider = "postgresql"\r\n                \r\n}\r\n');
  });
});

describe('introspectionBaseSchema', () => {
  it('is a Prisma 7 datasource without url; lists schemas only when other than public', () => {
    expect(introspectionBaseSchema()).toBe('datasource db {\n  provider = "postgresql"\n}\n');
    expect(introspectionBaseSchema(['public'])).toBe('datasource db {\n  provider = "postgresql"\n}\n');
    expect(introspectionBaseSchema(['public', 'auth'])).toBe('datasource db {\n  provider = "postgresql"\n  schemas  = ["public", "auth"]\n}\n');
  });
});

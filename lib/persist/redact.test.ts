import { describe, expect, it } from 'vitest';
import { hasRedactedPassword, redactConnectionPasswords } from './redact';

describe('redactConnectionPasswords', () => {
  it('replaces the password of a literal datasource url and nothing else', () => {
    const text = 'datasource db {\n  provider = "postgresql"\n  url      = "postgresql://app:s3cr%40t@db.example.com:5432/shop?schema=public"\n}\n';
    const out = redactConnectionPasswords(text);
    expect(out).toBe(text.replace('s3cr%40t', '****'));
    expect(hasRedactedPassword(out)).toBe(true);
    expect(hasRedactedPassword(text)).toBe(false);
  });

  it('also catches connection strings in comments and directUrl', () => {
    const text = '// old: mysql://root:hunter2@localhost/db\n  directUrl = "postgres://u:p@h/d"\n';
    expect(redactConnectionPasswords(text)).toBe('// old: mysql://root:****@localhost/db\n  directUrl = "postgres://u:****@h/d"\n');
  });

  it('leaves env() urls, urls without a password and ordinary text untouched', () => {
    for (const text of [
      'url = env("DATABASE_URL")',
      'url = "postgresql://app@localhost/db"',
      '/// See https://www.prisma.io/docs for details',
      'email String @default("a:b@c.d")',
    ]) {
      expect(redactConnectionPasswords(text)).toBe(text);
    }
  });

  it('is idempotent', () => {
    const once = redactConnectionPasswords('url = "postgresql://u:pw@h/d"');
    expect(redactConnectionPasswords(once)).toBe(once);
  });
});

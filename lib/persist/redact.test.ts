import { describe, expect, it } from 'vitest';
import { hasRedactedPassword, redactConnectionPasswords } from './redact';

/** Each credential form, and what must remain once it is redacted. */
const FORMS: Array<[string, string, string]> = [
  ['postgresql user:password', 'postgresql://app:s3cr%40t@db.example.com:5432/shop?schema=public', 'postgresql://app:****@db.example.com:5432/shop?schema=public'],
  ['password containing @', 'postgresql://app:p@ss@db.example.com/shop', 'postgresql://app:****@db.example.com/shop'],
  ['password containing /', 'postgresql://app:pa/ss:w0rd@db.example.com:5432/shop', 'postgresql://app:****@db.example.com:5432/shop'],
  ['password containing @ and / and ?', 'postgres://app:a@b/c?d@host/db', 'postgres://app:****@host/db'],
  ['empty user', 'postgresql://:secret@host/db', 'postgresql://:****@host/db'],
  ['?password= query parameter', 'postgresql://app@host/db?password=secret&sslmode=require', 'postgresql://app@host/db?password=****&sslmode=require'],
  ['&password= query parameter', 'postgresql://app@host/db?sslmode=require&password=secret', 'postgresql://app@host/db?sslmode=require&password=****'],
  ['sslpassword parameter', 'postgresql://app@host/db?sslcert=c.pem&sslpassword=keypass', 'postgresql://app@host/db?sslcert=c.pem&sslpassword=****'],
  ['mysql', 'mysql://root:hunter2@localhost:3306/db?sslaccept=strict', 'mysql://root:****@localhost:3306/db?sslaccept=strict'],
  ['mongodb+srv', 'mongodb+srv://admin:P%40ss@cluster0.ab1cd.mongodb.net/app?retryWrites=true', 'mongodb+srv://admin:****@cluster0.ab1cd.mongodb.net/app?retryWrites=true'],
  ['cockroachdb', 'postgresql://max:roach@free-tier.gcp-us-central1.cockroachlabs.cloud:26257/defaultdb?sslmode=verify-full', 'postgresql://max:****@free-tier.gcp-us-central1.cockroachlabs.cloud:26257/defaultdb?sslmode=verify-full'],
  ['sqlserver ;password=…;', 'sqlserver://localhost:1433;database=app;user=sa;password=Str0ng!Pass;encrypt=true', 'sqlserver://localhost:1433;database=app;user=sa;password=****;encrypt=true'],
  ['sqlserver password at the end', 'sqlserver://localhost:1433;database=app;user=sa;password=Str0ng!Pass', 'sqlserver://localhost:1433;database=app;user=sa;password=****'],
  ['sqlserver braced password with ;', 'sqlserver://localhost;user=sa;password={a;b=c};trustServerCertificate=true', 'sqlserver://localhost;user=sa;password=****;trustServerCertificate=true'],
  ['sqlserver Pwd=', 'jdbc:sqlserver://host;Uid=sa;Pwd=secret;', 'jdbc:sqlserver://host;Uid=sa;Pwd=****;'],
  ['libpq key-value', 'host=db.example.com user=app password=secret dbname=shop', 'host=db.example.com user=app password=**** dbname=shop'],
  ['Prisma Postgres api_key', 'prisma+postgres://accelerate.prisma-data.net/?api_key=eyJhbGciOi.abc', 'prisma+postgres://accelerate.prisma-data.net/?api_key=****'],
];

describe('redactConnectionPasswords', () => {
  it.each(FORMS)('%s', (_form, secret, redacted) => {
    const text = `datasource db {\n  provider = "postgresql"\n  url      = "${secret}"\n}\n`;
    const out = redactConnectionPasswords(text);
    expect(out).toBe(text.replace(secret, redacted));
    expect(hasRedactedPassword(out)).toBe(true);
    expect(hasRedactedPassword(text)).toBe(false);
    expect(redactConnectionPasswords(out)).toBe(out); // idempotent
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
      'password     String',
      'passwordHash String @map("password_hash")',
      '/// the user’s password, hashed',
      '// postgresql://app@host:5432/db?contact=a@b.c',
    ]) {
      expect(redactConnectionPasswords(text)).toBe(text);
      expect(hasRedactedPassword(text)).toBe(false);
    }
  });
});

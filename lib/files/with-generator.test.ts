import { describe, expect, it } from 'vitest';
import { prismaErrors } from '../../test-support/prisma';
import { withGenerator } from './with-generator';

describe('withGenerator', () => {
  it('adds a generator after the datasource of an introspected schema, and Prisma 7 accepts it', () => {
    const text = 'datasource db {\n  provider = "postgresql"\n}\n\nmodel users {\n  id Int @id\n}\n';
    const out = withGenerator(text);
    expect(out).toBe('datasource db {\n  provider = "postgresql"\n}\n\ngenerator client {\n  provider = "prisma-client"\n  output   = "../src/generated/prisma"\n}\n\nmodel users {\n  id Int @id\n}\n');
    expect(prismaErrors('7', [{ path: 'schema.prisma', text: out }])).toEqual([]);
  });

  it('leaves a schema that has a generator alone', () => {
    const text = 'generator client {\n  provider = "prisma-client-js"\n}\n';
    expect(withGenerator(text)).toBe(text);
  });
});

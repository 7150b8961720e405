import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bufferIo } from './io';
import { main } from './main';

const SCHEMA = `datasource db {
  provider = "postgresql"
}

// Accounts stay here
model User {
  id    Int    @id
  email String @unique
}
`;

function schemaFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sc-edit-'));
  const file = join(dir, 'schema.prisma');
  writeFileSync(file, SCHEMA);
  return file;
}

describe('schema-canvas edit', () => {
  it('runs a registry command as a minimal patch and prints the schema', async () => {
    const io = bufferIo();
    const code = await main(['edit', schemaFile(), 'add-field', '--model', 'User', '--name', 'name', '--type', 'String?'], io);
    expect(code).toBe(0);
    expect(io.stdout).toBe(SCHEMA.replace('  email String @unique\n', '  email String @unique\n  name  String?\n'));
  });

  it('writes the file back with --write', async () => {
    const file = schemaFile();
    const io = bufferIo();
    expect(await main(['edit', file, 'rename-model', '--model', 'User', '--newName', 'Account', '--keepTableName', 'true', '--write'], io)).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('model Account {');
    expect(readFileSync(file, 'utf8')).toContain('@@map("User")');
  });

  it('says why a command is refused (exit 1) and rejects unknown commands and arguments (exit 2)', async () => {
    const refused = bufferIo();
    expect(await main(['edit', schemaFile(), 'delete-model', '--model', 'Nope'], refused)).toBe(1);
    expect(refused.stderr).toMatch(/Nope/);
    const unknown = bufferIo();
    expect(await main(['edit', schemaFile(), 'explode'], unknown)).toBe(2);
    expect(unknown.stderr).toContain('Unknown edit command "explode"');
    const badArg = bufferIo();
    expect(await main(['edit', schemaFile(), 'add-model', '--colour', 'red'], badArg)).toBe(2);
    expect(badArg.stderr).toContain('add-model has no argument "--colour"');
  });

  it('lists the edit commands in its help, from the command registry', async () => {
    const io = bufferIo();
    expect(await main(['edit', '--help'], io)).toBe(0);
    expect(io.stdout).toMatch(/add-relation +--from --to --kind \[--field\]/);
  });
});

import { describe, expect, it } from 'vitest';
import { stripBacktrace } from './engine-message';

describe('stripBacktrace', () => {
  it('drops the Rust span trace the schema engine appends', () => {
    const raw = 'Could not determine the connector to use for diffing.\n   0: schema_engine_wasm::wasm::engine::Diff\n             at schema-engine/schema-engine-wasm/src/wasm/engine.rs:242';
    expect(stripBacktrace(raw)).toBe('Could not determine the connector to use for diffing.');
  });

  it('keeps PostgreSQL errors and the failing statement, dropping the frames after them', () => {
    const raw = 'Migration `1_init` failed to apply cleanly to the shadow database. \nError:\nERROR: syntax error at or near "CREAT" (SQLSTATE 42601)\n  at line 2 of migration.sql: CREAT INDEX x ON "User"(id);\n   0: schema_engine_wasm::wasm::engine::Diff\n             at schema-engine/schema-engine-wasm/src/wasm/engine.rs:242\n';
    expect(stripBacktrace(raw)).toBe('Migration `1_init` failed to apply cleanly to the shadow database. \nError:\nERROR: syntax error at or near "CREAT" (SQLSTATE 42601)\n  at line 2 of migration.sql: CREAT INDEX x ON "User"(id);');
  });

  it('keeps Prisma’s validation output (pointer and source gutter) and drops JS and wasm stack frames', () => {
    const validation = 'error: Type "Strin" is neither a built-in type, nor refers to another model, composite type, or enum.\n  -->  schema.prisma:8\n   | \n 7 |   id Int @id\n 8 |   name Strin\n   | ';
    expect(stripBacktrace(validation)).toBe(validation.replace(/\s+$/, ''));
    const js = 'RuntimeError: unreachable\n    at prisma_schema_build.wasm.rust_panic (wasm://wasm/prisma_schema_build.wasm-00b09812:wasm-function[3267]:0x1d1cd8)\n    at async MigrationEngine.diff (file:///work/lib/migrate/engine.ts:120:5)\n    at /work/node_modules/x.js:1:2';
    expect(stripBacktrace(js)).toBe('RuntimeError: unreachable');
  });
});

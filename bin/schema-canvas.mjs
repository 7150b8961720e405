#!/usr/bin/env node
// The schema-canvas command line. The core is TypeScript shared with the app; tsx loads it as is.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../cli/main.ts');
// Engine commands (migrate, import-sql) return a promise; the others a number.
process.exitCode = await main(process.argv.slice(2));

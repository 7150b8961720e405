/**
 * Engine messages as a user should see them. Prisma's wasm engines append a Rust span trace
 * (`   0: schema_engine_wasm::wasm::engine::Diff` / `at schema-engine/…/engine.rs:242`) and JS errors
 * carry a stack (`    at fn (file:…)`, `wasm://wasm/…`): both are noise outside a bug report.
 * Everything else — Prisma's validation output with its `-->  schema.prisma:8` pointers and source
 * gutter, PostgreSQL's errors — is kept byte for byte.
 */
export function stripBacktrace(message: string): string {
  const lines = message.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    // Rust span trace frame: `   0: crate::module::fn` (+ its `at file.rs:line` line below)
    if (/^\s*\d+: [\w:<>{}\s]+(::[\w<>{}]+)+\s*$/.test(line) || /^\s*\d+: \w+(::\w+)+/.test(line)) {
      if (/^\s+at \S+\.rs:\d+/.test(lines[i + 1] ?? '')) i++;
      continue;
    }
    // JS stack frames and wasm frames
    if (/^\s+at (\S+ \()?(file:|node:|wasm:|\/|[A-Za-z]:\\|<anonymous>|async )/.test(line) || /^\s+at \S+\.rs:\d+/.test(line) || /wasm:\/\/wasm\//.test(line)) continue;
    if (/^\s*(stack backtrace|Backtrace):?\s*$/i.test(line)) continue;
    out.push(line);
  }
  return out.join('\n').replace(/\s+$/, '');
}

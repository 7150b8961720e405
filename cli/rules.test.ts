import { describe, expect, it } from 'vitest';
import { bufferIo } from './io';
import { main } from './main';

function rules(...argv: string[]) {
  const io = bufferIo();
  const code = main(['rules', ...argv], io) as number;
  return { code, ...io };
}

describe('schema-canvas rules: arguments', () => {
  it('rejects unknown options and arguments with exit 2 and the usage', () => {
    for (const argv of [['--bogus'], ['--format', 'xml'], ['--format'], ['extra'], ['--json']]) {
      const r = rules(...argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('Usage: schema-canvas rules');
    }
    expect(rules('--bogus').stderr).toContain('Unknown option --bogus');
    expect(rules('--format', 'xml').stderr).toContain('--format needs text or json (got xml)');
  });

  it('accepts --format json, --format=json, --format text and --help', () => {
    expect(JSON.parse(rules('--format', 'json').stdout).length).toBeGreaterThan(10);
    expect(rules('--format=json').stdout).toBe(rules('--format', 'json').stdout);
    expect(rules('--format', 'text')).toMatchObject({ code: 0, stdout: rules().stdout });
    expect(rules('--help')).toMatchObject({ code: 0, stderr: '' });
  });
});

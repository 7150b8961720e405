/**
 * The built app in headless Chromium: opening a 300-model schema, and keystroke → diagram latency.
 * All timestamps are taken inside the page (performance.now / event.timeStamp), so Playwright's own
 * round trips do not count.
 */
import { chromium, type Page } from '@playwright/test';
import { spawn, spawnSync, execSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { syntheticSchema, type SyntheticSchema } from '../../test-support/synthetic';
import { ms, section, stats, table, type Stats } from './stats';

export interface BrowserResults {
  open: Stats | null;
  keystroke: Stats | null;
  notes: string[];
}

/** Letters typed (then deleted again) in the keystroke test. */
const KEYS = 20;

const ROOT = join(import.meta.dirname ?? __dirname, '..', '..');

function chromiumPath(): string | null {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execSync('command -v chromium || command -v chromium-browser', { shell: '/bin/bash' }).toString().trim() || null;
  } catch {
    return null;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

/** Builds the app only when there is no build yet. Returns false when the build failed. */
function ensureBuild(notes: string[]): boolean {
  if (existsSync(join(ROOT, '.next', 'BUILD_ID'))) {
    console.log('  using the existing build (.next/BUILD_ID present; not rebuilt)');
    return true;
  }
  console.log('  .next/BUILD_ID missing: running `npm run build` first …');
  const t0 = performance.now();
  const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const secs = ((performance.now() - t0) / 1000).toFixed(0);
  if (r.status !== 0) {
    console.log(`  build FAILED after ${secs} s:`);
    console.log((r.stdout + r.stderr).split('\n').slice(-25).map((l) => `    ${l}`).join('\n'));
    notes.push('build failed');
    return false;
  }
  console.log(`  built in ${secs} s`);
  notes.push(`built the app first (${secs} s)`);
  return true;
}

async function startServer(port: number): Promise<ChildProcess> {
  const nextBin = join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');
  // Its own process group, so stopping it also stops the next-server child it forks.
  const child = spawn(process.execPath, [nextBin, 'start', '-p', String(port)], { cwd: ROOT, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }, detached: true, stdio: 'ignore' });
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/`);
      if (res.ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  stopServer(child);
  throw new Error('next start did not answer within 90 s');
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null) return;
  const pid = child.pid;
  const alive = () => {
    try {
      process.kill(-pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    return;
  }
  for (let i = 0; i < 30 && alive(); i++) await new Promise((r) => setTimeout(r, 100));
  if (alive()) process.kill(-pid, 'SIGKILL');
}

async function waitValidated(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const s = document.querySelector('[data-testid="status"]')?.textContent ?? '';
      return /valid|errors?|warnings?/.test(s) && !s.includes('checking');
    },
    null,
    { timeout, polling: 100 },
  );
}

interface OpenTiming {
  status?: number;
  firstNode?: number;
  allNodes?: number;
  interactive?: number;
  validated?: number;
  rendered: number;
}

/**
 * Opens a schema through the page's own file input (as the toolbar's Open does) and times, from the
 * change event: the status bar counting the models, the first and all nodes rendered (after the
 * layout worker placed them and the view was fitted), the main thread free again, Prisma's verdict.
 */
async function openSchema(page: Page, name: string, schema: SyntheticSchema): Promise<OpenTiming> {
  const { text } = schema.files[0];
  const ids = [...schema.models, ...schema.enums];
  return page.evaluate(
    ({ name, text, ids, models }) =>
      new Promise<OpenTiming>((resolve) => {
        const input = document.querySelector<HTMLInputElement>('input[aria-label="Open schema files"]')!;
        const dt = new DataTransfer();
        dt.items.add(new File([text], name, { type: 'text/plain' }));
        const mine = new Set(ids);
        const r: OpenTiming = { rendered: 0 };
        const t0 = performance.now();
        input.files = dt.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
        const tick = () => {
          const now = performance.now() - t0;
          const status = document.querySelector('[data-testid="status"]')?.textContent ?? '';
          if (r.status === undefined && status.includes(`${models} models`)) r.status = now;
          if (r.status !== undefined) {
            // Zoomed out, a large diagram is drawn as its overview: one block per model in one SVG.
            const blocks = document.querySelectorAll('[data-testid="overview-blocks"] rect[data-id]').length;
            const rendered = Math.max(blocks, [...document.querySelectorAll('.react-flow__node')].filter((n) => mine.has(n.getAttribute('data-id') ?? '')).length);
            r.rendered = Math.max(r.rendered, rendered);
            if (r.firstNode === undefined && rendered > 0) r.firstNode = now;
            if (r.allNodes === undefined && rendered >= mine.size) {
              r.allNodes = now;
              setTimeout(() => (r.interactive = performance.now() - t0), 0);
            }
            if (r.validated === undefined && /valid|errors?|warnings?/.test(status) && !status.includes('checking')) r.validated = now;
          }
          if ((r.interactive !== undefined && r.validated !== undefined) || now > 30_000) resolve(r);
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    { name, text, ids, models: schema.models.length },
  );
}

/** Installs the keystroke probe: keydown (capture) → the renamed field's row in the diagram → next frame. */
async function installKeyProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    type Probe = { selector: string | null; t0: number; dom: number; samples: Array<{ dom: number; painted: number }> };
    const w = window as unknown as { __keyBench: Probe };
    const b: Probe = (w.__keyBench = { selector: null, t0: 0, dom: 0, samples: [] });
    document.addEventListener('keydown', (e) => {
      if (b.selector && !b.t0) b.t0 = e.timeStamp;
    }, true);
    const check = () => {
      if (!b.selector || b.dom || !b.t0 || !document.querySelector(b.selector)) return;
      b.dom = performance.now();
      requestAnimationFrame(() =>
        setTimeout(() => {
          b.samples.push({ dom: b.dom - b.t0, painted: performance.now() - b.t0 });
          b.selector = null;
        }, 0),
      );
    };
    new MutationObserver(check).observe(document.querySelector('.react-flow')!, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-field'] });
  });
}

/** Types in Monaco in front of the probe field's name, one key at a time, then deletes again. */
async function keystrokes(page: Page, schema: SyntheticSchema, count: number): Promise<{ dom: number[]; painted: number[]; rendered: number } | string> {
  const { model, field } = schema.probe;
  const lines = schema.files[0].text.split('\n');
  const header = lines.indexOf(`model ${model} {`);
  const line = lines.findIndex((l, i) => i > header && new RegExp(`^\\s+${field}\\s`).test(l));
  if (header < 0 || line < 0) return 'probe field not found';

  // The probe model centred at a readable zoom with Go to model, as when someone edits it; React Flow
  // renders the nodes in view. (Zoomed out to the whole diagram, rows are drawn as bars without text.)
  await page.locator('.react-flow__pane').click();
  // A large schema opens with its models collapsed to their key fields; the probe is a plain field.
  await page.keyboard.press('Control+k');
  await page.getByRole('dialog', { name: 'Command palette' }).getByRole('combobox', { name: 'Command' }).fill('Expand all models');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(500);
  await page.keyboard.press('Control+p');
  await page.getByRole('dialog', { name: 'Go to model' }).getByLabel('Model', { exact: true }).fill(model);
  await page.keyboard.press('Enter');
  let rendered = -1;
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(250);
    const now = await page.locator('.react-flow__node').count();
    if (now === rendered) break;
    rendered = now;
  }
  if (!(await page.locator(`.react-flow__node[data-id="${model}"]`).count())) return `node ${model} is not rendered`;

  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < line; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Home');
  await installKeyProbe(page);

  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const steps: Array<{ key: string; name: string }> = [];
  let prefix = '';
  for (let i = 0; i < count; i++) {
    prefix += letters[i % letters.length];
    steps.push({ key: letters[i % letters.length], name: prefix + field });
  }
  for (let i = count - 1; i >= 0; i--) steps.push({ key: 'Backspace', name: prefix.slice(0, i) + field });

  for (const step of steps) {
    const selector = `.react-flow__node[data-id="${model}"] li[data-field="${step.name}"]`;
    await page.evaluate((s) => {
      const b = (window as unknown as { __keyBench: { selector: string | null; t0: number; dom: number } }).__keyBench;
      b.selector = s;
      b.t0 = 0;
      b.dom = 0;
    }, selector);
    await page.keyboard.press(step.key);
    try {
      await page.waitForFunction(() => !(window as unknown as { __keyBench: { selector: string | null } }).__keyBench.selector, null, { timeout: 5000, polling: 'raf' });
    } catch {
      return `the diagram did not show field ${step.name} within 5 s of pressing ${step.key}`;
    }
    // Typing cadence: about eight keys a second; lint and autosave run in between, as when a person types.
    await page.waitForTimeout(120);
  }
  const samples = await page.evaluate(() => (window as unknown as { __keyBench: { samples: Array<{ dom: number; painted: number }> } }).__keyBench.samples);
  return { dom: samples.map((s) => s.dom), painted: samples.map((s) => s.painted), rendered };
}

/** Frame intervals (requestAnimationFrame deltas) during one gesture. */
async function frames(page: Page, gesture: () => Promise<void>): Promise<number[]> {
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __framesOn: boolean };
    w.__frames = [];
    w.__framesOn = true;
    let last = performance.now();
    const tick = (t: number) => {
      w.__frames.push(t - last);
      last = t;
      if (w.__framesOn) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await gesture();
  return page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __framesOn: boolean };
    w.__framesOn = false;
    return w.__frames.slice(1);
  });
}

/** Pans the canvas, zooms with the wheel and drags a model, with the whole 300-model diagram in view. */
async function panZoomDrag(page: Page): Promise<{ rendered: number; gestures: Array<{ name: string; frames: number[] }> }> {
  await page.locator('.react-flow__controls-fitview').click();
  await page.waitForTimeout(800);
  const rendered = (await page.locator('.react-flow__node').count()) + (await page.locator('[data-testid="overview-blocks"] rect[data-id]').count());
  const pane = (await page.locator('.react-flow').boundingBox())!;
  const cx = pane.x + pane.width / 2;
  const cy = pane.y + pane.height / 2;
  const gestures: Array<{ name: string; frames: number[] }> = [];
  gestures.push({
    name: 'pan (drag the empty canvas)',
    frames: await frames(page, async () => {
      await page.mouse.move(pane.x + 20, pane.y + pane.height - 20);
      await page.mouse.down();
      for (let i = 1; i <= 30; i++) await page.mouse.move(pane.x + 20 + i * 8, pane.y + pane.height - 20 - i * 4);
      await page.mouse.up();
    }),
  });
  gestures.push({
    name: 'zoom (mouse wheel)',
    frames: await frames(page, async () => {
      await page.mouse.move(cx, cy);
      for (let i = 0; i < 10; i++) await page.mouse.wheel(0, -60);
      for (let i = 0; i < 10; i++) await page.mouse.wheel(0, 60);
    }),
  });
  const node = page.locator('.react-flow__node-model').first();
  const box = await node.boundingBox();
  if (box) {
    gestures.push({
      name: 'drag a model',
      frames: await frames(page, async () => {
        await page.mouse.move(box.x + box.width / 2, box.y + 4);
        await page.mouse.down();
        for (let i = 1; i <= 30; i++) await page.mouse.move(box.x + box.width / 2 + i * 6, box.y + 4 + i * 3);
        await page.mouse.up();
      }),
    });
  }
  return { rendered, gestures };
}

/** Reload with the document (and its layout) saved in IndexedDB: navigation start → status and first nodes. */
async function reloadTimings(page: Page, schema: SyntheticSchema): Promise<{ status?: number; firstNode?: number; validated?: number }> {
  await page.addInitScript(
    ({ ids, models }) => {
      const mine = new Set(ids);
      const r: { status?: number; firstNode?: number; validated?: number } = {};
      (window as unknown as { __reloadBench: typeof r }).__reloadBench = r;
      const tick = () => {
        const now = performance.now();
        const status = document.querySelector('[data-testid="status"]')?.textContent ?? '';
        if (r.status === undefined && status.includes(`${models} models`)) r.status = now;
        const drawn = [...document.querySelectorAll('.react-flow__node, [data-testid="overview-blocks"] rect[data-id]')];
        if (r.firstNode === undefined && drawn.some((n) => mine.has(n.getAttribute('data-id') ?? ''))) r.firstNode = now;
        if (r.validated === undefined && r.status !== undefined && /valid|errors?|warnings?/.test(status) && !status.includes('checking')) r.validated = now;
        if (r.validated === undefined || r.firstNode === undefined) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    },
    { ids: [...schema.models, ...schema.enums], models: schema.models.length },
  );
  await page.reload();
  await page.waitForFunction(() => {
    const r = (window as unknown as { __reloadBench?: { firstNode?: number; validated?: number } }).__reloadBench;
    return r?.firstNode !== undefined && r.validated !== undefined;
  }, null, { timeout: 60_000, polling: 200 });
  return page.evaluate(() => (window as unknown as { __reloadBench: { status?: number; firstNode?: number; validated?: number } }).__reloadBench);
}

/** Runs a palette command by its title (Enter submits a form when there is one). */
async function paletteCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Command' }).fill(title);
  await page.keyboard.press('Enter');
}

/** Times the export dialog: until its SQL (or "No changes") shows, then a verify from an empty baseline. */
async function exportTimings(page: Page): Promise<{ firstOpen: number; secondOpen: number; fromEmpty: number; verify: number }> {
  const dialog = page.getByRole('dialog', { name: 'Export migration' });
  const ready = dialog.getByTestId('migration-sql').or(dialog.getByText('No changes: the schema matches the baseline.'));
  const openDialog = async () => {
    const t = performance.now();
    await paletteCommand(page, 'Export migration');
    await ready.waitFor({ timeout: 120_000 });
    const elapsed = performance.now() - t;
    await dialog.getByRole('button', { name: 'Close' }).click();
    return elapsed;
  };
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  const firstOpen = await openDialog();
  const secondOpen = await openDialog();
  await paletteCommand(page, 'Set baseline');
  const form = page.getByRole('dialog', { name: 'Set baseline' });
  await form.getByLabel('Diff migrations against').selectOption('empty');
  await form.getByRole('button', { name: 'Set baseline' }).click();
  let t = performance.now();
  await paletteCommand(page, 'Export migration');
  await dialog.getByTestId('migration-sql').waitFor({ timeout: 120_000 });
  const fromEmpty = performance.now() - t;
  t = performance.now();
  await dialog.getByRole('button', { name: 'Verify migration' }).click();
  await dialog.getByTestId('verify-result').waitFor({ timeout: 300_000 });
  const verify = performance.now() - t;
  await dialog.getByRole('button', { name: 'Close' }).click();
  return { firstOpen, secondOpen, fromEmpty, verify };
}

export async function benchBrowser(openBudgetMs: number, keyBudgetMs: number): Promise<BrowserResults> {
  section(`6. The built app in headless Chromium (next start) · budgets: open 300 models < ${openBudgetMs} ms, keystroke → diagram p95 < ${keyBudgetMs} ms`);
  const notes: string[] = [];
  const result: BrowserResults = { open: null, keystroke: null, notes };
  const exe = chromiumPath();
  if (!exe) {
    console.log('  skipped: no `chromium` on PATH');
    notes.push('no chromium');
    return result;
  }
  if (!ensureBuild(notes)) return result;

  const port = await freePort();
  const tStart = performance.now();
  let server: ChildProcess | null = null;
  const browser = await chromium.launch({
    executablePath: exe,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    server = await startServer(port);
    console.log(`  next start on port ${port} ready in ${ms(performance.now() - tStart)} ms; Chromium ${browser.version()} (${exe}), viewport 1440×900`);
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    // tsx (esbuild, keepNames) wraps named functions in __name(); functions sent to the page need it too.
    await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    await waitValidated(page);

    const big = syntheticSchema(300);
    const small = syntheticSchema(5, 2);
    const runs: OpenTiming[] = [];
    for (let i = 0; i < 2; i++) {
      await openSchema(page, 'small.prisma', small);
      await page.waitForTimeout(300);
      runs.push(await openSchema(page, 'synthetic-300.prisma', big));
      await page.waitForTimeout(500);
    }
    const nodes = big.models.length + big.enums.length;
    console.log(`  (a) open a 300-model schema (${nodes} nodes) via the page's <input type="file"> · ms from the change event`);
    table(
      ['run', 'status "300 models"', 'first node drawn', `all ${nodes} nodes drawn`, 'main thread free', 'Prisma verdict shown'],
      runs.map((r, i) => [String(i + 1), ms(r.status ?? NaN), ms(r.firstNode ?? NaN), r.allNodes === undefined ? `only ${r.rendered}` : ms(r.allNodes), ms(r.interactive ?? NaN), ms(r.validated ?? NaN)]),
    );
    const ready = runs.map((r) => r.interactive).filter((x): x is number => x !== undefined);
    if (ready.length === runs.length) result.open = stats(ready);
    console.log('  includes: reading the file, Prisma 7 lint on the worker (choosing the version), parse, ELK on the layout worker, React Flow render, fit view');

    const keys = await keystrokes(page, big, KEYS);
    if (typeof keys === 'string') {
      console.log(`  (b) keystroke test failed: ${keys}`);
      notes.push(keys);
    } else {
      const painted = stats(keys.painted);
      const dom = stats(keys.dom);
      result.keystroke = painted;
      console.log(`  (b) keystroke → diagram at 300 models: ${keys.painted.length} keys in Monaco (${KEYS} letters typed in front of ${big.probe.model}.${big.probe.field}, then ${KEYS} Backspaces), the model centred with Go to model: ${keys.rendered} of ${big.models.length + big.enums.length} nodes rendered`);
      table(
        ['measure (from keydown event)', 'median', 'p95', 'max'],
        [
          ['renamed row in the DOM', ms(dom.median), ms(dom.p95), ms(dom.max)],
          ['next frame painted', ms(painted.median), ms(painted.p95), ms(painted.max)],
        ],
      );
    }

    const motion = await panZoomDrag(page);
    console.log(`  (c) 300 models, whole diagram in view (fit view, ${motion.rendered} nodes or overview blocks drawn): frame times while the mouse pans, zooms and drags a node · ms between frames`);
    table(
      ['gesture', 'frames', 'median', 'p95', 'max'],
      motion.gestures.map((g) => [g.name, String(g.frames.length), ms(stats(g.frames).median), ms(stats(g.frames).p95), ms(stats(g.frames).max)]),
    );

    await page.waitForTimeout(800); // autosave (150 ms debounce) before reloading
    const reloads = [await reloadTimings(page, big), await reloadTimings(page, big)];
    console.log('  (a\') for comparison: reload with the document and its layout restored from IndexedDB · ms from navigation start');
    table(
      ['run', 'status "300 models"', 'first node drawn', 'Prisma verdict shown'],
      reloads.map((r, i) => [String(i + 1), ms(r.status ?? NaN), ms(r.firstNode ?? NaN), ms(r.validated ?? NaN)]),
    );

    const exp = await exportTimings(page);
    console.log('  (d) migrations in the browser, 300 models (schema engine and PGlite in their worker, loaded on first use) · ms');
    table(
      ['measure', 'ms'],
      [
        ['Export migration, first open (engine load + diff, baseline = schema as opened)', ms(exp.firstOpen)],
        ['Export migration, second open (warm)', ms(exp.secondOpen)],
        ['baseline empty: whole schema as SQL (from-empty diff)', ms(exp.fromEmpty)],
        ['Verify (PGlite start + baseline + migration + down.sql + catalog compare)', ms(exp.verify)],
      ],
    );
  } catch (e) {
    const message = e instanceof Error ? e.message.split('\n')[0] : String(e);
    console.log(`  browser part failed: ${message}`);
    notes.push(message);
  } finally {
    await browser.close();
    if (server) await stopServer(server);
  }
  return result;
}

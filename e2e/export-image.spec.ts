import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { pngSize } from '../lib/export/image-name';
import { syntheticSchema } from '../test-support/synthetic';
import { DesignerPage } from './support/designer';

const EXAMPLE_NAMES = ['User', 'Profile', 'Post', 'Tag', 'Comment', 'Role', 'PostStatus', 'AuthorStats'];

interface Exported {
  name: string;
  bytes: Buffer;
  ms: number;
  /** Milliseconds per phase of the export, from diagram-image.ts's performance measures. */
  phases: string;
  notice: string;
}

/** Runs "Export image" from the palette with the given choices and returns the downloaded file. */
async function exportImage(app: DesignerPage, choices: { format: 'svg' | 'png'; scale: '1' | '2' | '4'; theme: 'light' | 'dark' }): Promise<Exported> {
  const page = app.page;
  // The notice of an earlier export goes first, so the one read below is this export's.
  const dismiss = page.getByRole('button', { name: 'Dismiss message' });
  if (await dismiss.isVisible()) await dismiss.click();
  await app.runCommand('Export image');
  const form = page.getByRole('dialog', { name: 'Export image' });
  await expect(form).toBeVisible();
  await form.getByLabel('Format', { exact: true }).selectOption(choices.format);
  await form.getByLabel('Scale', { exact: true }).selectOption(choices.scale);
  await form.getByLabel('Theme', { exact: true }).selectOption(choices.theme);
  const download = page.waitForEvent('download', { timeout: 120_000 });
  // Read as soon as it shows: an info notice goes away after 5 s.
  const notice = page.getByTestId('notice').filter({ hasText: 'Exported' }).textContent({ timeout: 120_000 });
  const started = Date.now();
  await form.getByRole('button', { name: 'Export image' }).click();
  const file = await download;
  const ms = Date.now() - started;
  await expect(form).toBeHidden();
  const phases = await page.evaluate(() => {
    const list = performance.getEntriesByType('measure').filter((m) => m.name.startsWith('sc-export:'));
    performance.clearMeasures();
    return list.map((m) => `${m.name.slice('sc-export:'.length)} ${Math.round(m.duration)}`).join(', ');
  });
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path), ms, phases, notice: (await notice) ?? '' };
}

/** Export times, from the click to the download (in the report and on stdout). */
function note(timing: string): void {
  test.info().annotations.push({ type: 'timing', description: timing });
  console.log(`timing: ${timing}`);
}

const viewportTransform = (page: Page) => page.locator('.react-flow__viewport').getAttribute('style');

/** The relation labels as drawn on the canvas, without the advisory counts (not part of the image). */
function canvasLabels(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-edge-label]')].map((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('[data-testid="edge-advisory-badge"]').forEach((b) => b.remove());
      return copy.textContent ?? '';
    }),
  );
}

/** Parses an SVG in the page: its size, the names in its node headers and its relation labels; null when not well-formed. */
function inspectSvg(page: Page, svg: string) {
  return page.evaluate(async (text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    if (doc.querySelector('parsererror') || doc.documentElement.localName !== 'svg') return null;
    const img = new Image();
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
    await img.decode();
    return {
      width: Number(doc.documentElement.getAttribute('width')),
      height: Number(doc.documentElement.getAttribute('height')),
      drawn: { width: img.naturalWidth, height: img.naturalHeight },
      nodes: doc.querySelectorAll('.react-flow__node').length,
      edges: doc.querySelectorAll('.react-flow__edge-path').length,
      labels: [...doc.querySelectorAll('[data-edge-label]')].map((el) => el.textContent ?? ''),
      handles: doc.querySelectorAll('.react-flow__handle').length,
      buttons: doc.querySelectorAll('button').length,
      dark: !!doc.querySelector('.sc-export-dark'),
      markers: [...doc.querySelectorAll('marker')].map((m) => m.id),
    };
  }, svg);
}

/** The colour of one pixel of a PNG, decoded by the browser. */
function pixel(page: Page, png: Buffer, x: number, y: number): Promise<number[]> {
  return page.evaluate(
    async ({ b64, x, y }) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      return [...ctx.getImageData(x, y, 1, 1).data];
    },
    { b64: png.toString('base64'), x, y },
  );
}

/** The extent of the nodes on the canvas, in diagram pixels (all of the example's nodes are in view when it opens). */
function nodeBounds(page: Page) {
  return page.evaluate(() => {
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const el of document.querySelectorAll<HTMLElement>('.react-flow__node')) {
      const m = /translate\(([-\d.]+)px, ([-\d.]+)px\)/.exec(el.style.transform);
      if (!m) continue;
      const [x, y] = [Number(m[1]), Number(m[2])];
      [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x + el.offsetWidth), Math.max(y1, y + el.offsetHeight)];
    }
    return { width: x1 - x0, height: y1 - y0 };
  });
}

test.describe('export the diagram as an image', () => {
  test('an SVG of the whole diagram has every model, relation and label, and leaves the view as it was', async ({ page }) => {
    const app = new DesignerPage(page);
    await app.open();
    await app.stableBox(app.node('User'));
    await expect(page.locator('[data-edge-label]')).toHaveCount(6);
    const labels = await canvasLabels(page);
    const before = await viewportTransform(page);
    const drawnBefore = await page.locator('.react-flow__node').count();

    const svg = await exportImage(app, { format: 'svg', scale: '1', theme: 'light' });
    expect(svg.name).toBe('schema-diagram.svg');
    const text = svg.bytes.toString('utf8');
    expect(text.slice(0, 40)).toBe('<svg xmlns="http://www.w3.org/2000/svg" ');
    for (const name of EXAMPLE_NAMES) expect(text.includes(`>${name}<`), name).toBe(true);
    const parsed = await inspectSvg(page, text);
    expect(parsed).not.toBeNull();
    expect(parsed!.drawn).toEqual({ width: parsed!.width, height: parsed!.height });
    expect(parsed!.nodes).toBe(8);
    expect(parsed!.edges).toBe(6);
    expect([...parsed!.labels].sort()).toEqual([...labels].sort());
    // Crow's-foot markers travel with the image; handles, toggles and advisory badges stay behind.
    expect(parsed!.markers).toEqual(expect.arrayContaining(['sc-one', 'sc-many']));
    expect(parsed!.handles).toBe(0);
    expect(parsed!.buttons).toBe(0);
    expect(parsed!.dark).toBe(false);
    // No web font or other resource for a viewer to fetch.
    expect(text.match(/@font-face|url\((?!\s*['"]?#)|https?:\/\/(?!www\.w3\.org)/)?.[0]).toBeUndefined();

    expect(svg.notice).toContain(`Exported schema-diagram.svg (${parsed!.width} × ${parsed!.height} px)`);
    expect(await viewportTransform(page)).toBe(before);
    await expect(page.locator('.react-flow__node')).toHaveCount(drawnBefore);
    await expect(page.getByTestId('export-cover')).toHaveCount(0);
    note(`example SVG 1×: ${svg.ms} ms (${svg.phases})`);
  });

  test('a PNG at 2× is twice the size of the diagram, on a light or dark background', async ({ page }) => {
    const app = new DesignerPage(page);
    await app.open();
    await app.stableBox(app.node('User'));
    const before = await viewportTransform(page);
    const nodes = await nodeBounds(page);

    const svg = await exportImage(app, { format: 'svg', scale: '1', theme: 'light' });
    const oneX = (await inspectSvg(page, svg.bytes.toString('utf8')))!;

    const png = await exportImage(app, { format: 'png', scale: '2', theme: 'light' });
    expect(png.name).toBe('schema-diagram@2x.png');
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const size = pngSize(png.bytes)!;
    expect(size).toEqual({ width: 2 * oneX.width, height: 2 * oneX.height });
    // The diagram's bounds plus a margin (and the curves and labels that reach past the nodes).
    expect(size.width).toBeGreaterThanOrEqual(2 * nodes.width);
    expect(size.width).toBeLessThanOrEqual(2 * (nodes.width + 64 + 160));
    expect(size.height).toBeGreaterThanOrEqual(2 * nodes.height);
    expect(size.height).toBeLessThanOrEqual(2 * (nodes.height + 64 + 160));
    expect(png.notice).toContain(`Exported schema-diagram@2x.png (${size.width} × ${size.height} px)`);
    expect(await pixel(page, png.bytes, 2, 2)).toEqual([255, 255, 255, 255]);

    const dark = await exportImage(app, { format: 'png', scale: '1', theme: 'dark' });
    expect(dark.name).toBe('schema-diagram.png');
    expect(pngSize(dark.bytes)).toEqual({ width: oneX.width, height: oneX.height });
    expect(await pixel(page, dark.bytes, 2, 2)).toEqual([15, 23, 42, 255]);
    const darkSvg = await exportImage(app, { format: 'svg', scale: '2', theme: 'dark' });
    expect(darkSvg.name).toBe('schema-diagram@2x.svg');
    expect(await inspectSvg(page, darkSvg.bytes.toString('utf8'))).toMatchObject({ dark: true, width: 2 * oneX.width, height: 2 * oneX.height });

    expect(await viewportTransform(page)).toBe(before);
    note(`example PNG 2×: ${png.ms} ms (${png.phases}); PNG 1× dark: ${dark.ms} ms`);
  });

  test('a failed render says so and changes nothing', async ({ page }) => {
    const app = new DesignerPage(page);
    await app.open();
    await app.stableBox(app.node('User'));
    const before = await viewportTransform(page);
    const drawnBefore = await page.locator('.react-flow__node').count();
    const textBefore = await app.text();
    // The browser refuses to encode the PNG (as it does for a canvas it cannot allocate).
    await page.evaluate(() => {
      HTMLCanvasElement.prototype.toBlob = function (callback: BlobCallback) {
        setTimeout(() => callback(null));
      };
    });
    let downloads = 0;
    page.on('download', () => downloads++);

    await app.runCommand('Export image');
    const form = page.getByRole('dialog', { name: 'Export image' });
    await form.getByLabel('Format', { exact: true }).selectOption('png');
    await form.getByRole('button', { name: 'Export image' }).click();
    await expect(page.getByTestId('notice')).toContainText('Could not export the image: the browser could not encode');
    await expect(form.getByRole('alert')).toContainText('Could not export the image');
    await form.getByRole('button', { name: 'Cancel' }).click();
    await expect(form).toBeHidden();

    expect(downloads).toBe(0);
    expect(await viewportTransform(page)).toBe(before);
    await expect(page.locator('.react-flow__node')).toHaveCount(drawnBefore);
    await expect(page.getByTestId('export-cover')).toHaveCount(0);
    expect(await app.text()).toBe(textBefore);
  });

  test('300 models: every model in the SVG, a PNG within the canvas limits, the zoomed-out view kept', async ({ page }) => {
    test.setTimeout(240_000);
    const big = syntheticSchema(300);
    const app = new DesignerPage(page);
    await app.open();
    await page.getByLabel('Open schema files').setInputFiles({ name: 'schema.prisma', mimeType: 'text/plain', buffer: Buffer.from(big.files[0].text) });
    await expect(app.status()).toContainText('300 models', { timeout: 60_000 });
    await expect.poll(async () => Object.keys((await app.layout()).positions).length, { timeout: 90_000 }).toBeGreaterThanOrEqual(300 + big.enums.length);
    // Wait for the layout to settle and the view to fit it (zoomed out below the compact threshold).
    let before = await viewportTransform(page);
    for (let i = 0; i < 20; i++) {
      await page.waitForTimeout(500);
      const now = await viewportTransform(page);
      if (now === before) break;
      before = now;
    }
    const zoom = Number(/scale\(([\d.]+)\)/.exec(before ?? '')?.[1]);
    expect(zoom).toBeLessThan(0.4);
    const drawnBefore = await page.locator('.react-flow__node').count();

    const svg = await exportImage(app, { format: 'svg', scale: '1', theme: 'light' });
    const text = svg.bytes.toString('utf8');
    for (const name of [...big.models, ...big.enums]) expect(text.includes(`>${name}<`), name).toBe(true);
    expect(text.match(/class="react-flow__edge-path/g)?.length).toBe(big.relations);
    // Full rows, not the compact bars drawn when zoomed out.
    expect(/class="[^"]*sc-compact-rows/.test(text)).toBe(false);
    expect(await viewportTransform(page)).toBe(before);
    await expect(page.locator('.react-flow__node')).toHaveCount(drawnBefore);

    const png = await exportImage(app, { format: 'png', scale: '2', theme: 'light' });
    const size = pngSize(png.bytes)!;
    expect(size.width).toBeLessThanOrEqual(16_384);
    expect(size.height).toBeLessThanOrEqual(16_384);
    expect(size.width * size.height).toBeLessThanOrEqual(268_435_456);
    const svgWidth = Number(/^<svg[^>]* width="(\d+)"/.exec(text)?.[1]);
    if (2 * svgWidth > 16_384) {
      // Too large for 2×: a smaller scale, said in the notice and the file name.
      expect(png.notice).toContain('instead of 2×');
      expect(png.name).toMatch(/^schema-diagram@[\d.]+x\.png$/);
    } else {
      expect(png.name).toBe('schema-diagram@2x.png');
    }
    expect(await viewportTransform(page)).toBe(before);
    note(`300 models: SVG 1× ${svg.ms} ms, ${(svg.bytes.length / 1e6).toFixed(1)} MB (${svg.phases})`);
    note(`300 models: ${png.name} ${size.width}×${size.height} ${png.ms} ms, ${(png.bytes.length / 1e6).toFixed(1)} MB (${png.phases})`);
  });
});

import { expect, test, type Page } from '@playwright/test';
import { syntheticSchema } from '../test-support/synthetic';
import { DesignerPage } from './support/designer';

/*
 * The first view of a schema, as a new user opens it: every model's name can be read (at least
 * 10 px on screen), nodes do not overlap, and relation labels do not sit on nodes. A large schema
 * opens as its overview: clusters as labelled regions, each zooming in to readable models.
 */

async function openSchema(page: Page, text: string, models: number): Promise<void> {
  await page.getByLabel('Open schema files').setInputFiles({ name: 'schema.prisma', mimeType: 'text/plain', buffer: Buffer.from(text) });
  await expect(page.getByTestId('status')).toContainText(`${models} models`, { timeout: 60_000 });
}

/** Waits until the viewport stops moving (layout placed, view fitted); returns the zoom. */
async function settledZoom(page: Page): Promise<number> {
  const transform = () => page.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);
  let before = await transform();
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(500);
    const now = await transform();
    if (now === before && /scale/.test(now)) break;
    before = now;
  }
  return Number(/scale\(([\d.]+)\)/.exec(before)?.[1]);
}

interface FirstView {
  nodes: number;
  smallestNamePx: number;
  overlaps: string[];
  labelsOnNodes: string[];
}

/** What the canvas shows now, measured in screen pixels. */
function measure(page: Page): Promise<FirstView> {
  return page.evaluate(() => {
    // The exact scale the canvas is drawn at.
    const zoom = Number(/scale\(([\d.e-]+)\)/.exec(document.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform)![1]);
    const nodes = [...document.querySelectorAll<HTMLElement>('.react-flow__node')];
    const rect = (e: Element) => e.getBoundingClientRect();
    let smallest = Infinity;
    for (const n of nodes) {
      // The name a reader sees: the large title when the node is drawn compact, else the header's.
      const name = n.querySelector<HTMLElement>('.sc-compact-name') ?? n.querySelector<HTMLElement>('.sc-model-name');
      if (name) smallest = Math.min(smallest, parseFloat(getComputedStyle(name).fontSize) * zoom);
    }
    const boxes = nodes.map((n) => ({ id: n.dataset.id!, r: rect(n) }));
    const hit = (a: DOMRect, b: DOMRect) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
    const overlaps: string[] = [];
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) if (hit(boxes[i].r, boxes[j].r)) overlaps.push(`${boxes[i].id} × ${boxes[j].id}`);
    const labelsOnNodes: string[] = [];
    for (const label of document.querySelectorAll('.react-flow__edgelabel-renderer > *')) {
      const r = rect(label);
      if (r.width === 0) continue;
      for (const b of boxes) if (hit(r, b.r)) labelsOnNodes.push(`${label.textContent} on ${b.id}`);
    }
    return { nodes: nodes.length, smallestNamePx: smallest, overlaps, labelsOnNodes };
  });
}

for (const size of [15, 60]) {
  test(`${size} models: the first view shows every model with a legible name and nothing overlapping`, async ({ page }) => {
    test.setTimeout(180_000);
    const schema = syntheticSchema(size);
    const app = new DesignerPage(page);
    await app.open();
    await openSchema(page, schema.files[0].text, size);
    await expect(page.locator('.react-flow__node')).toHaveCount(size + schema.enums.length, { timeout: 90_000 });
    await settledZoom(page);
    const view = await measure(page);
    expect(view.nodes).toBe(size + schema.enums.length);
    expect(view.smallestNamePx).toBeGreaterThanOrEqual(10);
    expect(view.overlaps).toEqual([]);
    expect(view.labelsOnNodes).toEqual([]);
    await page.screenshot({ path: test.info().outputPath(`first-view-${size}.png`) });
  });
}

test('300 models: the first view is an overview of labelled clusters; a cluster zooms in to readable models', async ({ page }) => {
  test.setTimeout(240_000);
  const schema = syntheticSchema(300);
  const app = new DesignerPage(page);
  await app.open();
  await openSchema(page, schema.files[0].text, 300);
  await settledZoom(page);
  const clusters = page.getByTestId('overview-cluster');
  await expect(clusters.first()).toBeVisible({ timeout: 60_000 });
  expect(await page.locator('[data-testid="overview-blocks"] rect[data-id]').count()).toBe(300 + schema.enums.length);
  // Each cluster label is readable and names its count.
  const labelPx = await clusters.first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize) * Number(/scale\(([\d.e-]+)\)/.exec(document.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform)![1]));
  expect(labelPx).toBeGreaterThanOrEqual(11.5);
  await expect(clusters.first()).toHaveAccessibleName(/^Cluster .+, \d+ models: zoom in$/);
  await page.screenshot({ path: test.info().outputPath('first-view-300.png') });

  // Keyboard: Tab reaches a cluster; Enter zooms into it and its models are drawn, names legible.
  await clusters.first().focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.react-flow__node').first()).toBeVisible({ timeout: 30_000 });
  await settledZoom(page);
  const view = await measure(page);
  expect(view.nodes).toBeGreaterThan(0);
  expect(view.smallestNamePx).toBeGreaterThanOrEqual(10);
  await expect(page.getByRole('button', { name: /^Model / }).or(page.locator('.react-flow__node[aria-label^="Model "]')).first()).toBeVisible();
});

test('focus mode lays out a model’s neighbourhood compactly around it, and the saved layout is back on exit', async ({ page }) => {
  test.setTimeout(180_000);
  const schema = syntheticSchema(60);
  const app = new DesignerPage(page);
  await app.open();
  await openSchema(page, schema.files[0].text, 60);
  await expect(page.locator('.react-flow__node')).toHaveCount(60 + schema.enums.length, { timeout: 90_000 });
  await settledZoom(page);
  const saved = await app.layout();
  const model = schema.models[0];
  await app.runCommand('Focus model', { Model: model }, { 'Hide the other models (instead of dimming them)': true });
  await expect(page.getByText(`Focused on ${model}`)).toBeVisible();
  await settledZoom(page);
  const view = await measure(page);
  expect(view.nodes).toBeGreaterThan(1);
  expect(view.overlaps).toEqual([]);
  expect(view.smallestNamePx).toBeGreaterThanOrEqual(10);
  // Every model of the neighbourhood is in view.
  const pane = (await page.locator('.react-flow').boundingBox())!;
  for (const box of await page.locator('.react-flow__node').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect))) {
    expect(box.left).toBeGreaterThanOrEqual(pane.x - 1);
    expect(box.right).toBeLessThanOrEqual(pane.x + pane.width + 1);
  }
  await page.getByRole('button', { name: 'Show all models' }).click();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  expect((await app.layout()).positions).toEqual(saved.positions);
});

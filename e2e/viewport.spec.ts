import { expect, test, type Page } from '@playwright/test';
import { DesignerPage } from './support/designer';

const transform = (page: Page) => page.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);

test('a reload shows the diagram where it was left: the pan and zoom come back with the document', async ({ page }) => {
  const app = new DesignerPage(page);
  await app.open();
  await app.stableBox(app.node('User'));
  const pane = page.locator('.react-flow__pane');
  const box = (await pane.boundingBox())!;
  // Zoom in twice with the wheel, then pan by dragging the empty canvas.
  await page.mouse.move(box.x + 60, box.y + box.height - 60);
  await page.mouse.wheel(0, -300);
  await page.waitForTimeout(300);
  await page.mouse.wheel(0, -300);
  await page.waitForTimeout(300);
  await page.mouse.down();
  await page.mouse.move(box.x + 160, box.y + box.height - 20, { steps: 6 });
  await page.mouse.up();
  await page.waitForTimeout(400);
  const before = await transform(page);
  expect(before).not.toBe('');

  await page.waitForTimeout(400);
  await page.reload();
  await app.waitValidated();
  await expect.poll(async () => transform(page)).toBe(before);
});

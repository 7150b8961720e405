import { expect, test } from '@playwright/test';
import { DesignerPage } from './support/designer';

test('one undo history: a drag and a burst of typing are one step each, undone in order from anywhere', async ({ page }) => {
  const app = new DesignerPage(page);
  await app.open();
  const original = await app.text();
  const start = (await app.layout()).positions.Tag;

  const tag = app.node('Tag');
  const box = await app.stableBox(tag);
  await page.mouse.move(box.x + 30, box.y + 10);
  await page.mouse.down();
  await page.mouse.move(box.x + 90, box.y + 60, { steps: 6 });
  await page.mouse.move(box.x + 160, box.y + 120, { steps: 6 });
  await page.mouse.up();
  const moved = (await app.layout()).positions.Tag;
  expect(moved).not.toEqual(start);

  await app.editorEnd();
  await app.typeInEditor('\n// reviewed on the canvas');
  await expect.poll(async () => app.text()).toBe(`${original}\n// reviewed on the canvas`);

  // Ctrl+Z in the editor: the whole burst of typing goes at once…
  await page.keyboard.press('Control+z');
  await expect.poll(async () => app.text()).toBe(original);
  expect((await app.layout()).positions.Tag).toEqual(moved);
  // …and the next Ctrl+Z, still in the editor, takes the drag back in one step.
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await app.layout()).positions.Tag).toEqual(start);
  expect(await app.text()).toBe(original);

  // Redo from the canvas replays both, in order.
  await app.node('User').focus();
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(async () => (await app.layout()).positions.Tag).toEqual(moved);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(async () => app.text()).toBe(`${original}\n// reviewed on the canvas`);
});

test('undo walks back through canvas edits and typing across steps', async ({ page }) => {
  const app = new DesignerPage(page);
  await app.open();
  const original = await app.text();
  await app.node('Tag').click();
  await app.runCommand('Add field', { Model: 'Tag', Name: 'color', Type: 'String?' });
  const afterAdd = await app.text();
  await app.editorEnd();
  await app.typeInEditor('\n// one');
  await page.waitForTimeout(1500);
  await app.typeInEditor('\n// two');
  await expect.poll(async () => app.text()).toBe(`${afterAdd}\n// one\n// two`);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => app.text()).toBe(`${afterAdd}\n// one`);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => app.text()).toBe(afterAdd);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => app.text()).toBe(original);
});

import { expect, test } from '@playwright/test';
import { DesignerPage } from './support/designer';

test.describe('selecting several models on the canvas', () => {
  test('a box drawn with Shift+drag, then Delete, asks to delete exactly the boxed models; Ctrl+Z brings them back', async ({ page }) => {
    const app = new DesignerPage(page);
    await app.open();
    const original = await app.text();
    const tag = await app.stableBox(app.node('Tag'));
    // From empty canvas just outside Tag's top-left corner to just past its bottom-right corner.
    await page.keyboard.down('Shift');
    await page.mouse.move(tag.x - 12, tag.y - 12);
    await page.mouse.down();
    await page.mouse.move(tag.x + tag.width / 2, tag.y + tag.height / 2, { steps: 5 });
    await page.mouse.move(tag.x + tag.width + 8, tag.y + tag.height + 8, { steps: 5 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    await expect(app.node('Tag')).toHaveClass(/selected/);

    await page.keyboard.press('Delete');
    const form = page.getByRole('dialog', { name: 'Delete selected models' });
    await expect(form).toBeVisible();
    await expect(form.getByLabel('Models', { exact: true })).toHaveValue('Tag');
    await expect(form).toContainText('Deletes 1 model (Tag)');
    await form.getByRole('button', { name: 'Delete' }).click();
    await expect(form).toBeHidden();
    await expect.poll(async () => app.text()).not.toContain('model Tag {');
    await expect(app.status()).toContainText('valid');

    await app.node('User').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(async () => app.text()).toBe(original);
  });

  test('Enter on a focused relation opens its form only, not also the inspector', async ({ page }) => {
    const app = new DesignerPage(page);
    await app.open();
    const edge = page.locator('.react-flow__edge[data-id="Post.author"]');
    await edge.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog', { name: 'Set referential actions' })).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'Relation' })).toHaveCount(0);
  });
});

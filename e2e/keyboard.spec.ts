import { expect, test } from '@playwright/test';
import { DesignerPage } from './support/designer';

test.describe('the canvas works from the keyboard', () => {
  test('F6 moves between toolbar, editor and diagram; Tab walks the nodes; Shift+F10 opens a node menu', async ({ page }) => {
    const app = new DesignerPage(page);
    await app.open();
    const original = await app.text();
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '');
    await page.getByRole('button', { name: 'Add model' }).focus();
    await page.keyboard.press('F6');
    expect(await focused()).toBe('Schema text editor');
    await page.keyboard.press('F6');
    const first = await focused();
    expect(first).toMatch(/^(Model|View|Enum) \w+$/);
    await page.keyboard.press('Tab');
    const second = await focused();
    expect(second).toMatch(/^(Model|View|Enum|Relation) /);
    expect(second).not.toBe(first);
    await page.keyboard.press('Shift+F6');
    expect(await focused()).toBe('Schema text editor');
    await page.keyboard.press('Shift+F6');
    await expect(page.getByRole('button', { name: 'Open…' })).toBeFocused();
    // Moving around never typed into the schema.
    expect(await app.text()).toBe(original);
    await app.node('Post').focus();
    await page.keyboard.press('Shift+F10');
    const menu = page.getByRole('menu', { name: 'Context menu' });
    await expect(menu).toBeVisible();
    await expect(menu.getByRole('menuitem').first()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
  });

  test('relations are focusable edges named by their cardinality and effective actions', async ({ page }) => {
    const app = new DesignerPage(page);
    await app.open();
    const edge = page.locator('.react-flow__edge[aria-label*="Profile"]').first();
    await expect(edge).toHaveAttribute('aria-label', /1:1/);
    await expect(edge).toHaveAttribute('aria-label', /Cascade/);
    await expect(edge).toHaveAttribute('tabindex', '0');
  });

  test('Go to model finds a model by name and selects it', async ({ page }) => {
    const app = new DesignerPage(page);
    await app.open();
    await app.node('User').click();
    await page.keyboard.press('Control+p');
    const form = page.getByRole('dialog', { name: 'Go to model' });
    await form.getByLabel('Model', { exact: true }).fill('Comment');
    await page.keyboard.press('Enter');
    await expect(form).toBeHidden();
    await expect(page.locator('.react-flow__node.selected')).toHaveAttribute('aria-label', 'Model Comment');
    await expect(app.node('Comment')).toBeInViewport();
  });

  test('the command palette lists commands by plain name and runs them', async ({ page }) => {
    const app = new DesignerPage(page);
    await app.open();
    await app.node('Tag').click();
    await app.runCommand('Add model', { Name: 'Invoice' });
    await expect(app.node('Invoice')).toBeVisible();
    expect(await app.text()).toMatch(/\nmodel Invoice \{\n  id Int @id @default\(autoincrement\(\)\)\n\}\n$/);
    await expect(app.status()).toContainText('6 models');
    await expect(app.status()).toContainText('valid');
  });
});

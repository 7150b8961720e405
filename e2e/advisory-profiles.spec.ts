import { expect, test } from '@playwright/test';
import { DesignerPage } from './support/designer';

test('the default profile shows real defects only; strict adds policy rules; a category can be switched off, and Fix all is one undo step', async ({ page }) => {
  const app = new DesignerPage(page);
  await app.open();
  await page.getByLabel('Open schema files').setInputFiles('lib/advisories/fixtures/seed-002.prisma');
  await expect(page.getByText(/^Opened /)).toBeVisible();
  await app.waitValidated();
  const count = page.getByTestId('advisory-count');
  await expect(count).toHaveText(/^\d+ advisor(y|ies)$/);
  const defaultCount = Number((await count.textContent())!.split(' ')[0]);
  await count.click();
  const panel = page.getByTestId('advisories-panel');
  await expect(panel.locator('[data-rule^="naming-"]')).toHaveCount(0);

  await panel.getByLabel('Profile').selectOption('strict');
  await expect.poll(async () => Number((await count.textContent())!.split(' ')[0])).toBeGreaterThan(defaultCount);
  await expect(panel.locator('[data-rule^="naming-"]').first()).toBeAttached();

  await panel.getByText('Rules and schema-canvas.json').click();
  await panel.getByLabel('Rules of the naming category').selectOption('off');
  await expect(panel.locator('[data-rule^="naming-"]')).toHaveCount(0);

  // A group of one rule's findings fixes in one step, and one Ctrl+Z takes it back.
  const group = panel.locator('[data-testid="advisory-group"]').filter({ has: page.getByRole('button', { name: /^Fix all/ }) }).first();
  await expect(group).toBeVisible();
  const rule = await group.getAttribute('data-rule');
  const before = await app.text('seed-002.prisma');
  await group.getByRole('button', { name: /^Fix all/ }).click();
  await expect.poll(async () => app.text('seed-002.prisma')).not.toBe(before);
  await expect(app.status()).toContainText('valid');
  await expect.poll(async () => panel.locator(`[data-rule="${rule}"][data-testid="advisory"]`).count()).toBeLessThan(2);
  await app.node(await page.locator('.react-flow__node').first().getAttribute('data-id') ?? '').focus();
  await page.keyboard.press('Control+z');
  await expect.poll(async () => app.text('seed-002.prisma')).toBe(before);
});

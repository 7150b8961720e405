import { expect, test } from '@playwright/test';
import { DesignerPage } from './support/designer';

test('Rename model keeps the table name by default only for a model that existed when the document was opened', async ({ page }) => {
  const app = new DesignerPage(page);
  await app.open();
  await app.runCommand('Add model', { Name: 'Invoice' });
  await expect(app.node('Invoice')).toBeVisible();
  await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });

  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Command' }).fill('Rename model');
  await page.keyboard.press('Enter');
  const form = page.getByRole('dialog', { name: 'Rename model' });
  const keep = form.getByLabel('Keep table name (@@map)');
  await form.getByLabel('Model', { exact: true }).fill('Invoice');
  await expect(keep).not.toBeChecked();
  await form.getByLabel('Model', { exact: true }).fill('Tag');
  await expect(keep).toBeChecked();
});

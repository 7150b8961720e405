import { expect, test } from '@playwright/test';
import { DesignerPage } from './support/designer';

test('a citext column without the extension: the export offers CREATE EXTENSION, and Verify runs it on PostgreSQL in the browser', async ({ page }) => {
  test.setTimeout(180_000);
  const app = new DesignerPage(page);
  await app.open();
  await page.getByLabel('Open schema files').setInputFiles('e2e/fixtures/extensions/undeclared.prisma');
  await expect(page.getByText(/^Opened /)).toBeVisible();
  await app.waitValidated();

  // The advisory names the missing extension.
  await page.getByTestId('advisory-count').click();
  const panel = page.getByTestId('advisories-panel');
  await expect(panel.locator('[data-rule="extensions-not-declared"]')).toHaveCount(1);

  await app.runCommand('Set baseline', {});
  const baseline = page.getByRole('dialog', { name: 'Set baseline' });
  if (await baseline.isVisible()) {
    await baseline.getByLabel('Diff migrations against').selectOption('empty');
    await baseline.getByRole('button', { name: 'Set baseline' }).click();
  }
  await app.runCommand('Export migration');
  const dialog = page.getByRole('dialog', { name: 'Export migration' });
  await expect(dialog.getByTestId('migration-sql')).toBeVisible({ timeout: 60_000 });
  const offer = dialog.getByLabel(/Include CREATE EXTENSION IF NOT EXISTS/);
  await expect(offer).toBeChecked();
  await expect(dialog.getByTestId('migration-sql')).toContainText('CREATE EXTENSION IF NOT EXISTS "citext"');
  await dialog.getByRole('button', { name: 'Verify migration' }).click();
  await expect(dialog.getByTestId('verify-result')).toContainText('Verified', { timeout: 120_000 });
});

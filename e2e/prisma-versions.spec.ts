import { expect, test, type Page } from '@playwright/test';
import { DesignerPage } from './support/designer';

async function quickFix(page: Page, lineText: string, title: string): Promise<void> {
  await page.locator('.monaco-editor .view-line', { hasText: lineText }).first().click();
  await page.keyboard.press('Control+.');
  const item = page.locator('.action-widget').getByText(title, { exact: false });
  await expect(item).toBeVisible();
  await item.click();
}

test('a Prisma 6 schema validates with Prisma 6, and Prisma 7 upgrade breaks get quick fixes', async ({ page }) => {
  const app = new DesignerPage(page);
  await app.open();
  await page.getByLabel('Open schema files').setInputFiles('e2e/fixtures/prisma6/schema.prisma');
  // The version that accepts the file is picked when it is opened.
  await expect(page.getByLabel('Prisma version')).toHaveValue('6');
  // Prisma 6.19 accepts it, warning that the metrics preview feature is deprecated.
  await expect(app.status()).toContainText('2 models · 0 enums · 0 views · 1 relation · 1 warning');
  await expect(app.node('Account')).toBeVisible();

  await page.getByLabel('Prisma version').selectOption('7');
  await expect(app.status()).toContainText(/2 errors?/);
  // Prisma 7 rejects the file, but the diagram still shows it.
  await expect(app.node('Post')).toBeVisible();

  await quickFix(page, 'url      = env', 'Move url to prisma.config.ts');
  await expect(page.getByText('Move url to prisma.config.ts').last()).toBeVisible();
  await expect.poll(async () => app.text()).toContain('  // url moved to prisma.config.ts (Prisma 7): env("DATABASE_URL")\n');
  await quickFix(page, 'previewFeatures', 'Remove preview feature metrics');
  await expect(app.status()).toContainText('valid');
  const text = await app.text();
  expect(text).not.toContain('previewFeatures');
  expect(text).toContain('model Account {\n  id    Int    @id @default(autoincrement())');

  // The chosen version is remembered with the document.
  await page.waitForTimeout(400);
  await page.reload();
  await app.waitValidated();
  await expect(page.getByLabel('Prisma version')).toHaveValue('7');
  expect(await app.text()).toBe(text);
});

import { expect, test } from '@playwright/test';
import { DesignerPage } from './support/designer';

test('a schema with Prisma 7 object-literal index filters opens on the canvas, takes canvas edits and stays valid', async ({ page }) => {
  const app = new DesignerPage(page);
  await app.open();
  await page.getByLabel('Open schema files').setInputFiles('e2e/fixtures/partial-index/schema.prisma');
  await expect(page.getByText(/^Opened /)).toBeVisible();
  await app.waitValidated();
  await expect(app.status()).toContainText('1 model');
  await expect(app.status()).toContainText('valid');
  await expect(page.getByTestId('diagram-stale')).toHaveCount(0);
  await expect(app.node('Task')).toBeVisible();

  await app.node('Task').click();
  await app.runCommand('Add field', { Model: 'Task', Name: 'dueAt', Type: 'DateTime?' });
  await expect.poll(async () => app.text()).toContain('  dueAt     DateTime?');
  const text = await app.text();
  expect(text).toContain('@@index([projectId], where: { done: false })');
  expect(text).toContain('@@unique([title, projectId], where: { done: { not: true } })');
  await expect(app.status()).toContainText('valid');
  await expect(app.node('Task').getByText('dueAt')).toBeVisible();
});

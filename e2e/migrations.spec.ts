import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test, type Page } from '@playwright/test';
import { startNodeEngine } from '../lib/migrate/engine-node';
import { DesignerPage } from './support/designer';

async function exportDialog(page: Page) {
  const dialog = page.getByRole('dialog', { name: 'Export migration' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('migration-sql')).toBeVisible({ timeout: 30_000 });
  return dialog;
}

test.describe('migrations', () => {
  test('a canvas edit exports as Prisma’s migration: the zip’s layout and SQL match the engine, and it verifies on PostgreSQL', async ({ page }) => {
    const app = new DesignerPage(page);
    await app.open();
    const opened = await app.files();
    await app.node('User').click();
    await app.runCommand('Add field', { Name: 'nickname', Type: 'String?' });
    await expect.poll(() => app.text()).toContain('nickname');

    await app.runCommand('Export migration');
    const dialog = await exportDialog(page);
    await expect(dialog.getByTestId('migration-summary')).toContainText('Added column');
    await dialog.getByLabel('Name').fill('add nickname');

    // The engine's own SQL, computed here in Node from the same texts.
    const engine = await startNodeEngine();
    const expected = await engine.diff({ from: { kind: 'schema', files: opened }, to: { kind: 'schema', files: await app.files() } });
    const expectedDown = await engine.diff({ from: { kind: 'schema', files: await app.files() }, to: { kind: 'schema', files: opened } });
    engine.dispose();
    if (!expected.ok || !expectedDown.ok) throw new Error('the engine rejected the schema');
    await expect(dialog.getByTestId('migration-sql')).toHaveText(expected.output.trim());

    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Download zip' }).click();
    const zip = unzipSync(readFileSync(await (await download).path()));
    const names = Object.keys(zip).sort();
    const folder = names.find((n) => /^prisma\/migrations\/\d{14}_add_nickname\/migration\.sql$/.test(n));
    expect(folder, names.join('\n')).toBeTruthy();
    expect(strFromU8(zip[folder!])).toBe(expected.output);
    expect(strFromU8(zip[folder!.replace('migration.sql', 'down.sql')])).toBe(expectedDown.output);
    expect(strFromU8(zip['prisma/migrations/migration_lock.toml'])).toContain('provider = "postgresql"');
    expect(strFromU8(zip['prisma/schema.prisma'])).toBe(await app.text());
    expect(names).toContain('prisma/schema.layout.json');
    expect(strFromU8(zip['prisma/schema.svg'])).toContain('<svg');

    await dialog.getByRole('button', { name: 'Verify migration' }).click();
    await expect(dialog.getByTestId('verify-result')).toContainText('Verified: the migration applies to PostgreSQL, and down.sql restores the baseline.', { timeout: 90_000 });
  });

  test('a destructive change explains what happens to existing rows and needs a confirmation', async ({ page }) => {
    const app = new DesignerPage(page);
    await app.open();
    await app.runCommand('Delete field', { Model: 'Post', Field: 'body' });
    await expect.poll(() => app.text()).not.toContain('body ');
    await page.keyboard.press('Control+Shift+E');
    const dialog = await exportDialog(page);
    await expect(dialog.getByTestId('migration-sql')).toContainText('DROP COLUMN "body"');
    await expect(dialog.getByRole('region', { name: 'Migration safety' })).toContainText('body');
    const download = dialog.getByRole('button', { name: 'Download zip' });
    await expect(download).toBeDisabled();
    await dialog.getByLabel('I understand this migration drops or rewrites data that existing rows hold.').check();
    await expect(download).toBeEnabled();

    // The safer plan: first deploy the column as @ignore (a migration of its own, with no drop).
    await dialog.getByText('Safer: Expand and contract').click();
    await dialog.getByRole('button', { name: 'Make the schema this step’s' }).first().click();
    await expect.poll(() => app.text()).toMatch(/body\s+String\?\s+@ignore/);
    await expect(dialog.getByText('No changes: the schema matches the baseline.')).toBeVisible({ timeout: 30_000 });
  });

  test('Import SQL turns pg_dump DDL into a schema on the canvas', async ({ page }) => {
    const app = new DesignerPage(page);
    await app.open();
    await page.getByLabel('Import SQL file').setInputFiles('e2e/fixtures/import/shop.sql');
    await expect(app.node('customers')).toBeVisible({ timeout: 60_000 });
    await expect(app.node('orders')).toBeVisible();
    const text = await app.text();
    expect(text).toContain('enum order_status');
    expect(text).toMatch(/customers\s+customers\s+@relation\(fields: \[customer_id\], references: \[id\], onDelete: Cascade/);
    expect(text).toContain('@db.VarChar(320)');
    await expect(app.status()).toContainText('2 models · 1 enum');
  });
});

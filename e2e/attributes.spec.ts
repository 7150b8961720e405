import { expect, test } from '@playwright/test';
import { DesignerPage } from './support/designer';

test.describe('attributes, indexes, enums and model copies from the canvas', () => {
  test('the index editor lists keys and indexes, edits one, removes one and adds one', async ({ page }) => {
    const app = new DesignerPage(page);
    await app.open();
    await app.node('Post').getByText('Post', { exact: true }).click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Edit indexes…' }).click();
    const editor = page.getByRole('dialog', { name: 'Indexes of Post' });
    await expect(editor.getByRole('listitem')).toHaveCount(3);
    await expect(editor).toContainText('@id');

    const second = editor.getByRole('form', { name: 'Index @@index([status, publishedAt(sort: Desc)])' });
    await second.getByLabel('Index type').selectOption('BTree');
    await second.getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => app.text()).toContain('  @@index([status, publishedAt(sort: Desc)], type: BTree)\n');

    await editor.getByRole('form', { name: 'Index @@index([authorId])' }).getByRole('button', { name: 'Remove' }).click();
    await expect.poll(async () => app.text()).toContain('  comments    Comment[]\n\n  @@index([status, publishedAt(sort: Desc)], type: BTree)\n}');

    const add = editor.getByRole('form', { name: 'New index' });
    await add.getByLabel('Fields').fill('authorId, publishedAt');
    await add.getByRole('button', { name: 'Add' }).click();
    await expect.poll(async () => app.text()).toContain('  @@index([status, publishedAt(sort: Desc)], type: BTree)\n  @@index([authorId, publishedAt])\n}');

    await add.getByLabel('Fields').fill('nope');
    await add.getByRole('button', { name: 'Add' }).click();
    await expect(editor.getByRole('alert')).toContainText('nope');
    await page.keyboard.press('Escape');
    await expect(editor).toBeHidden();
    await expect(app.status()).toContainText('valid');
  });

  test('field attributes from the field menu: native type (from Prisma’s list) and default', async ({ page }) => {
    const app = new DesignerPage(page);
    await app.open();
    const title = app.node('Post').locator('[data-field="body"]');
    await title.click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Set native type…' }).click();
    const form = page.getByRole('dialog', { name: 'Set native type' });
    // Prisma's own list of PostgreSQL types for a String field is offered.
    await expect(form.locator('datalist option[value="Text"]')).toHaveCount(1);
    await expect(form.locator('datalist option[value="Uuid"]')).toHaveCount(1);
    await expect(form.locator('datalist option[value="Integer"]')).toHaveCount(0);
    await form.getByLabel('Native type', { exact: true }).fill('Text');
    await page.keyboard.press('Enter');
    await expect.poll(async () => app.text()).toMatch(/ {2}body\s+String\?\s+@db\.Text\n/);

    await app.node('Tag').locator('[data-field="label"]').click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Set default…' }).click();
    await page.getByRole('dialog', { name: 'Set default' }).getByLabel('Default', { exact: true }).fill('"untitled"');
    await page.keyboard.press('Enter');
    await expect.poll(async () => app.text()).toContain('label String @unique @default("untitled")');
    await expect(app.status()).toContainText('valid');
  });

  test('enums: add one from the palette, add a value from its node menu, rename it with F2', async ({ page }) => {
    const app = new DesignerPage(page);
    await app.open();
    await app.runCommand('Add enum', { Name: 'Visibility', Values: 'PUBLIC, PRIVATE' });
    await expect(app.node('Visibility', 'Enum')).toBeVisible();
    expect(await app.text()).toMatch(/\nenum Visibility \{\n  PUBLIC\n  PRIVATE\n\}\n$/);

    await app.node('Role', 'Enum').getByText('Role', { exact: true }).click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Add value…' }).click();
    await page.getByRole('dialog', { name: 'Add enum value' }).getByLabel('Value', { exact: true }).fill('GUEST');
    await page.keyboard.press('Enter');
    await expect(app.node('Role', 'Enum').getByText('GUEST')).toBeVisible();

    await app.node('Role', 'Enum').focus();
    await page.keyboard.press('F2');
    const rename = page.getByRole('dialog', { name: 'Rename enum' });
    await expect(rename.getByLabel('Keep the database type name (@@map)')).toBeChecked();
    await rename.getByLabel('New name', { exact: true }).fill('UserRole');
    await page.keyboard.press('Enter');
    await expect(app.node('UserRole', 'Enum')).toBeVisible();
    const text = await app.text();
    expect(text).toContain('role      UserRole @default(MEMBER)');
    expect(text).toMatch(/enum UserRole \{\n  MEMBER\n  EDITOR\n  ADMIN\n  GUEST\n\n  @@map\("Role"\)\n\}/);
    await expect(app.status()).toContainText('valid');
  });

  test('duplicate a model with Ctrl+D, then copy and paste models with Ctrl+C / Ctrl+V', async ({ page }) => {
    const app = new DesignerPage(page);
    await app.open();
    await app.node('Tag').click();
    // Like duplicating in a drawing tool: at once, named <Model>Copy (F2 renames it).
    await page.keyboard.press('Control+d');
    await expect(app.node('TagCopy')).toBeVisible();
    expect(await app.text()).toContain('model TagCopy {\n  id    Int    @id @default(autoincrement())\n  label String @unique\n}');

    await app.node('Comment').click();
    await page.keyboard.press('Control+c');
    await expect(page.getByText('Copied Comment')).toBeVisible();
    await app.node('Tag').click();
    await page.keyboard.press('Control+v');
    await expect(app.node('Comment2')).toBeVisible();
    await expect(app.status()).toContainText('valid');
    expect(await app.text()).toContain('model Comment2 {');
  });
});

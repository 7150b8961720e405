import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { DesignerPage } from './support/designer';

test.describe('canvas edits land in the text and undo like typing', () => {
  test('renaming a model in place with F2 keeps its table and join table, and Ctrl+Z restores the exact bytes', async ({ page }) => {
    const app = new DesignerPage(page);
    await app.open();
    const original = await app.text();
    await app.node('Tag').focus();
    await page.keyboard.press('F2');
    // In place on the header; Tag existed when the document was opened, so its table name is kept.
    const form = page.getByRole('form', { name: 'Rename model Tag' });
    await expect(form.getByLabel('Model name')).toBeFocused();
    await form.getByLabel('Model name').fill('Label');
    await page.keyboard.press('Enter');
    await expect(form).toBeHidden();
    await expect(page.getByRole('dialog')).toHaveCount(0);

    await expect(app.node('Label')).toBeVisible();
    await expect(app.node('Tag')).toHaveCount(0);
    const renamed = await app.text();
    expect(renamed).toContain('model Label {');
    expect(renamed).toContain('  @@map("Tag")\n}');
    expect(renamed).toContain('tags        Label[] @relation("PostToTag") // implicit many-to-many');
    expect(renamed).toContain('posts Post[] @relation("PostToTag")');
    expect(renamed).not.toMatch(/\bTag\[\]/);
    await expect(app.status()).toContainText('valid');
    // Positions follow the rename.
    expect((await app.layout()).positions.Label).toBeDefined();

    await app.node('Label').focus();
    await page.keyboard.press('Control+z');
    await expect(app.node('Tag')).toBeVisible();
    expect(await app.text()).toBe(original);
    await page.keyboard.press('Control+Shift+z');
    await expect(app.node('Label')).toBeVisible();
    expect(await app.text()).toBe(renamed);
  });

  test('deleting a model asks first, removes the relation fields pointing at it, and is undoable', async ({ page }) => {
    const app = new DesignerPage(page);
    await app.open();
    const original = await app.text();
    await app.node('Profile').focus();
    await page.keyboard.press('Delete');
    const form = page.getByRole('dialog', { name: 'Delete model' });
    await expect(form).toContainText('Deletes model Profile');
    await expect(form).toContainText('User.profile');
    await form.getByRole('button', { name: 'Cancel' }).click();
    await expect(form).toBeHidden();
    expect(await app.text()).toBe(original);

    await app.node('Profile').focus();
    await page.keyboard.press('Delete');
    await form.getByRole('button', { name: 'Delete' }).click();
    await expect(app.node('Profile')).toHaveCount(0);
    const text = await app.text();
    expect(text).not.toContain('model Profile');
    expect(text).not.toMatch(/profile\s+Profile\?/);
    await expect(app.status()).toContainText('4 models · 2 enums · 1 view · 5 relations · valid');

    await page.keyboard.press('Control+z');
    await expect(app.node('Profile')).toBeVisible();
    expect(await app.text()).toBe(original);
  });

  test('a field can be made optional and renamed keeping its column, from the palette', async ({ page }) => {
    const app = new DesignerPage(page);
    await app.open();
    await app.node('Post').click();
    await app.runCommand('Toggle optional', { Model: 'Post', Field: 'title' });
    await expect.poll(async () => (await app.text()).includes('title       String?    @db.VarChar(200)')).toBe(true);
    await app.runCommand('Rename field', { Model: 'Post', Field: 'title', 'New name': 'headline' }, { 'Keep column name (@map)': true });
    await expect(app.node('Post').getByText('headline')).toBeVisible();
    expect(await app.text()).toContain('headline    String?    @db.VarChar(200) @map("title")');
    await expect(app.status()).toContainText('valid');
  });

  test('a refused edit explains why and changes nothing', async ({ page }) => {
    const app = new DesignerPage(page);
    await app.open();
    const original = await app.text();
    await app.node('Tag').click();
    await page.keyboard.press('Control+k');
    await page.getByRole('combobox', { name: 'Command' }).fill('Rename model');
    await page.keyboard.press('Enter');
    const form = page.getByRole('dialog', { name: 'Rename model' });
    await form.getByLabel('New name', { exact: true }).fill('Post');
    await page.keyboard.press('Enter');
    await expect(form.getByRole('alert')).toContainText('Post');
    await expect(form).toBeVisible();
    expect(await app.text()).toBe(original);
  });

  test('format schema aligns the text with Prisma, and only on request', async ({ page }) => {
    const app = new DesignerPage(page);
    await app.open();
    await app.editorEnd();
    await app.typeInEditor('\nmodel Note {\nid Int @id\nbodyText String @default("")');
    await expect(app.node('Note')).toBeVisible();
    await expect(app.status()).toContainText('valid');
    expect(await app.text()).toContain('  id Int @id\n  bodyText String @default("")\n}');
    await page.getByRole('button', { name: 'Format' }).click();
    await expect.poll(async () => app.text()).toContain('  id       Int    @id\n  bodyText String @default("")\n}');
    // Ctrl+Z gives the unformatted text back.
    await app.node('Note').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(async () => app.text()).toContain('  id Int @id\n  bodyText String @default("")\n}');
  });

  test('the layout can be downloaded as JSON and loaded back', async ({ page }) => {
    const app = new DesignerPage(page);
    await app.open();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save layout' }).click();
    const file = await download;
    const saved = JSON.parse(await readFile((await file.path())!, 'utf8')) as { version: number; positions: Record<string, { x: number; y: number }> };
    expect(saved.version).toBe(1);
    expect(Object.keys(saved.positions).sort()).toEqual(['AuthorStats', 'Comment', 'Post', 'PostStatus', 'Profile', 'Role', 'Tag', 'User']);

    const moved = { ...saved, positions: { ...saved.positions, Tag: { x: saved.positions.Tag.x + 400, y: saved.positions.Tag.y + 300 } } };
    await page.getByLabel('Load layout file').setInputFiles({ name: 'schema.layout.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(moved)) });
    await expect.poll(async () => (await app.layout()).positions.Tag).toEqual(moved.positions.Tag);

    // A malformed layout file is refused with a message and the layout stays.
    await page.getByLabel('Load layout file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"version": 1, "positions": ') });
    await expect(page.getByText(/Could not read the layout file/)).toBeVisible();
    expect((await app.layout()).positions.Tag).toEqual(moved.positions.Tag);
  });
});

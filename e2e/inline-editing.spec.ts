import { expect, test } from '@playwright/test';
import { DesignerPage } from './support/designer';

test('from New schema, fields and a relation are typed on the nodes (no dialog for fields) and the text stays valid', async ({ page }) => {
  const app = new DesignerPage(page);
  await app.open();
  await app.runCommand('New schema', { });
  const form = page.getByRole('dialog', { name: 'New schema' });
  await expect(form.getByLabel('Template')).toHaveValue('empty-postgresql');
  await form.getByRole('button', { name: 'New schema' }).click();
  await expect(app.status()).toContainText('0 models');

  for (const name of ['Author', 'Post']) await app.runCommand('Add model', { Name: name });
  await expect(app.node('Post')).toBeVisible();

  const typeFields = async (model: string, fields: Array<[string, string]>) => {
    await app.node(model).getByRole('button', { name: `Add field to ${model}` }).click();
    for (const [name, type] of fields) {
      await page.getByLabel('Field name').fill(name);
      await page.keyboard.press('Tab');
      await page.keyboard.type(type);
      await page.keyboard.press('Enter');
      await expect(page.getByLabel('Field name')).toHaveValue('');
      await expect(page.getByLabel('Field name')).toBeFocused();
    }
    await page.keyboard.press('Escape');
    await expect(page.getByLabel('Field name')).toHaveCount(0);
  };
  await typeFields('Author', [['email', 'String']]);
  await typeFields('Post', [['title', 'String'], ['author', 'Author']]);
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await expect.poll(async () => app.text()).toMatch(/author\s+Author\s+@relation\(fields: \[authorId\], references: \[id\]\)/);
  const text = await app.text();
  expect(text).toMatch(/model Author \{[^}]*email\s+String[^}]*posts\s+Post\[\]/);
  expect(text).toContain('@@index([authorId])');
  await expect(app.status()).toContainText('2 models');
  await expect(app.status()).toContainText('valid');
  await expect(app.node('Post').getByText('authorId')).toBeVisible();

  // From the keyboard: + on a focused model opens the same row.
  await app.node('Author').focus();
  await page.keyboard.press('+');
  await expect(page.getByLabel('Field name')).toBeFocused();
  await page.keyboard.type('name');
  await page.keyboard.press('Tab');
  await page.keyboard.type('String?');
  await page.keyboard.press('Enter');
  await expect.poll(async () => app.text()).toMatch(/model Author \{[^}]*name\s+String\?/);
});

import { expect, test } from '@playwright/test';
import { DesignerPage } from './support/designer';

// A server round trip per version, Prisma's engine for the SQL, Monaco's diff editor.
test.setTimeout(240_000);

// The embedded review store starts on the first request (PGlite, several seconds on a busy machine).
test.beforeAll(async ({ request }) => {
  const health = await request.get('/api/health', { timeout: 120_000 });
  expect(health.ok()).toBe(true);
});

const V1 = `datasource db {
  provider = "postgresql"
}

model User {
  id    Int    @id
  email String
  age   Int
  posts Post[]
}

model Post {
  id       Int    @id
  title    String
  authorId Int
  author   User   @relation(fields: [authorId], references: [id])
}

model Legacy {
  id Int @id
}

model Tag {
  id    Int    @id
  label String
}
`;

// A field added to User, a field type changed, a model removed, a model added.
const V2 = V1.replace('  age   Int\n', '  age   BigInt\n  nickname String?\n')
  .replace('model Legacy {\n  id Int @id\n}\n\n', '')
  .concat('\nmodel Comment {\n  id   Int    @id\n  body String\n}\n');

test('Compare versions: union diagram, change list, text diff and migration SQL; To = Current; the document is untouched', async ({ page, request }) => {
  const created = await request.post('/api/documents', { data: { files: [{ path: 'schema.prisma', text: V1 }], name: 'First' } });
  expect(created.ok()).toBe(true);
  const { document, ownerToken } = (await created.json()) as { document: { id: string }; ownerToken: string };
  const second = await request.post(`/api/documents/${document.id}/versions`, {
    data: { files: [{ path: 'schema.prisma', text: V2 }], name: 'Second' },
    headers: { authorization: `Bearer ${ownerToken}` },
  });
  expect(second.ok()).toBe(true);

  const app = new DesignerPage(page);
  await page.goto(`/?review=${document.id}#token=${ownerToken}`);
  await expect(app.node('Comment')).toBeVisible({ timeout: 30_000 });
  await app.waitValidated();
  const before = await app.text();

  await app.runCommand('Compare versions');
  const view = page.getByRole('region', { name: 'Compare versions' });
  await expect(view).toBeVisible();
  await view.getByRole('combobox', { name: /^From/ }).selectOption({ label: 'v1 · First' });
  await view.getByRole('combobox', { name: /^To/ }).selectOption({ label: 'v2 · Second' });

  const node = (name: string) => view.getByRole('group', { name, exact: true });
  await expect(node('Model User: changed')).toBeVisible({ timeout: 30_000 });
  await expect(node('Model Comment: added')).toBeVisible();
  await expect(node('Model Legacy: removed')).toBeVisible();
  await expect(node('Model Tag')).toBeVisible();
  await expect(node('Model User: changed').locator('[data-field="nickname"]')).toHaveAttribute('data-status', 'added');
  await expect(node('Model User: changed').locator('[data-field="age"]')).toContainText('type Int → BigInt');

  // The change list shows each block in the diagram.
  const changes = view.getByRole('navigation', { name: 'Changes' });
  await changes.getByRole('button', { name: 'Show Legacy: removed' }).click();
  await expect(node('Model Legacy: removed')).toBeFocused();
  await changes.getByRole('button', { name: 'Show User: changed' }).click();
  await expect(node('Model User: changed')).toBeFocused();

  // "Changes and neighbours only" drops Tag (linked to nothing that changed).
  await view.getByLabel('Changes and neighbours only').check();
  await expect(node('Model Tag')).toHaveCount(0);
  await expect(node('Model Post')).toBeVisible();
  await view.getByLabel('Changes and neighbours only').uncheck();

  await expect(view.getByTestId('compare-text-diff').locator('.monaco-diff-editor')).toBeVisible();
  await expect(view.getByTestId('compare-text-diff')).toContainText('nickname', { timeout: 15_000 });
  await expect(view.getByTestId('compare-migration-sql')).toContainText(/ALTER TABLE "User" ADD COLUMN\s+"nickname" TEXT/, { timeout: 60_000 });
  await expect(view.getByTestId('compare-migration-sql')).toContainText('DROP TABLE "Legacy"');
  await expect(view.getByRole('region', { name: 'Migration safety' })).toContainText('Legacy');

  await view.getByRole('button', { name: 'Close compare' }).click();
  await expect(view).toBeHidden();
  expect(await app.text()).toBe(before);

  // To = Current: the working document with a model typed in the editor.
  await app.editorEnd();
  await app.typeInEditor('\n\nmodel Extra {\nid Int @id');
  await expect(app.node('Extra')).toBeVisible();
  await app.waitValidated();
  const typed = await app.text();
  await app.runCommand('Compare versions');
  await view.getByRole('combobox', { name: /^From/ }).selectOption({ label: 'v2 · Second' });
  await view.getByRole('combobox', { name: /^To/ }).selectOption({ label: 'Current' });
  await expect(node('Model Extra: added')).toBeVisible({ timeout: 30_000 });
  await expect(node('Model User')).toBeVisible();
  await expect(view.getByTestId('compare-migration-sql')).toContainText('CREATE TABLE "Extra"', { timeout: 60_000 });

  // Escape closes the view; the designer is back with the document as it was.
  await view.getByRole('button', { name: 'Close compare' }).focus();
  await page.keyboard.press('Escape');
  await expect(view).toBeHidden();
  await expect(app.node('Extra')).toBeVisible();
  expect(await app.text()).toBe(typed);
});

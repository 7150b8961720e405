import { expect, test } from '@playwright/test';
import { DesignerPage } from './support/designer';

test.describe('text and diagram are one document', () => {
  test('typing a model in the editor adds its node to the diagram', async ({ page }) => {
    const app = new DesignerPage(page);
    await app.open();
    await expect(app.status()).toContainText('5 models · 2 enums · 1 view · 6 relations · valid');
    await app.editorEnd();
    // Typed as fast as a paste; Monaco closes the brace itself.
    await app.typeInEditor('\nmodel Invoice {\nid     Int @id\ntotal  Decimal');
    await expect(app.node('Invoice')).toBeVisible();
    await expect(app.node('Invoice').getByText('total')).toBeVisible();
    await expect(app.status()).toContainText('6 models');
    await expect(app.status()).toContainText('valid');
    expect(await app.text()).toContain('model Invoice {\n  id     Int @id\n  total  Decimal\n}');
  });

  test('a field added from the command palette lands in the text', async ({ page }) => {
    const app = new DesignerPage(page);
    await app.open();
    const before = await app.text();
    await app.node('Tag').click();
    await app.runCommand('Add field', { Model: 'Tag', Name: 'color', Type: 'String?' });
    await expect(app.node('Tag').getByText('color')).toBeVisible();
    const after = await app.text();
    expect(after).toContain('model Tag {\n  id    Int    @id @default(autoincrement())\n  label String @unique\n  posts Post[]\n  color String?\n}');
    // Only the Tag block changed.
    const tagBefore = before.slice(before.indexOf('model Tag {'), before.indexOf('}', before.indexOf('model Tag {')) + 1);
    expect(after.replace(after.slice(after.indexOf('model Tag {'), after.indexOf('}', after.indexOf('model Tag {')) + 1), tagBefore)).toBe(before);
    await expect(app.status()).toContainText('valid');
  });

  test('while the text is invalid the diagram keeps its last good state and shows where the error is', async ({ page }) => {
    const app = new DesignerPage(page);
    await app.open();
    await app.editorEnd();
    await app.typeInEditor('\nmodel Draft {\nid Int @id');
    await expect(app.node('Draft')).toBeVisible();
    const nodes = await page.locator('.react-flow__node').count();
    await app.typeInEditor('\nowner Use');
    const banner = page.getByRole('alert').filter({ hasText: 'Diagram paused' });
    await expect(banner).toContainText('Use');
    await expect(app.status()).toContainText(/\d+ errors?/);
    await expect(page.locator('.monaco-editor .squiggly-error').first()).toBeVisible();
    // The last good diagram stays: same nodes, and Draft without the half-typed field.
    await expect(page.locator('.react-flow__node')).toHaveCount(nodes);
    await expect(app.node('Draft')).toBeVisible();
    await expect(app.node('Draft').getByText('owner')).toHaveCount(0);
    expect(await app.text()).toContain('owner Use');
    // Finishing the type name lets the diagram follow again.
    await page.keyboard.type('r');
    await expect(banner).toBeHidden();
    await expect(app.node('Draft').getByText('owner')).toBeVisible();
    await expect(app.status()).toContainText(/\d+ errors?/); // Prisma still wants the back-relation on User
  });

  test('a reload restores the text and the node positions', async ({ page }) => {
    const app = new DesignerPage(page);
    await app.open();
    const tag = app.node('Tag');
    await expect(tag).toBeVisible();
    const box = await app.stableBox(tag);
    await page.mouse.move(box.x + 30, box.y + 10);
    await page.mouse.down();
    await page.mouse.move(box.x + 130, box.y + 90, { steps: 8 });
    await page.mouse.up();
    const moved = (await app.layout()).positions.Tag;
    await app.editorEnd();
    await app.typeInEditor('\n// reviewed by the team\n');
    await expect.poll(async () => (await app.text()).includes('// reviewed by the team')).toBe(true);
    const text = await app.text();
    await page.waitForTimeout(400);
    await page.reload();
    await app.waitValidated();
    expect(await app.text()).toBe(text);
    expect((await app.layout()).positions.Tag).toEqual(moved);
    await app.editorEnd();
    await expect(page.locator('.monaco-editor .view-lines')).toContainText('reviewed by the team');
  });

  test('opening a multi-file schema keeps the files apart and groups their models', async ({ page }) => {
    const app = new DesignerPage(page);
    await app.open();
    await page.getByLabel('Open schema folder').setInputFiles('e2e/fixtures/multi');
    await expect(page.getByRole('tab', { name: 'main.prisma' })).toBeVisible();
    await expect(page.getByRole('tab', { name: 'models/blog.prisma' })).toBeVisible();
    await expect(app.status()).toContainText('2 models · 0 enums · 0 views · 1 relation · valid');
    await expect(page.locator('[data-testid=group-frame][data-group="main.prisma"]')).toBeVisible();
    await expect(page.locator('[data-testid=group-frame][data-group="models/blog.prisma"]')).toBeVisible();
    const files = await app.files();
    expect(files.map((f) => f.path).sort()).toEqual(['main.prisma', 'models/blog.prisma']);
    await page.getByRole('tab', { name: 'models/blog.prisma' }).click();
    await expect(page.locator('.monaco-editor .view-lines')).toContainText('Blog posts live in their own file');
  });
});

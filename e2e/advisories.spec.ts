import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { DesignerPage } from './support/designer';

async function openFixture(page: Page, path: string) {
  const app = new DesignerPage(page);
  await app.open();
  await page.getByLabel('Open schema files').setInputFiles(path);
  await expect(page.getByText(/^Opened /)).toBeVisible();
  await app.waitValidated();
  return app;
}

test.describe('advisories', () => {
  test('an unindexed foreign key shows in the panel, on the node and in the editor; Fix adds @@index and the advisory goes', async ({ page }) => {
    const app = await openFixture(page, 'e2e/fixtures/advisories/schema.prisma');
    const count = page.getByTestId('advisory-count');
    await expect(count).toHaveText(/^[1-9]\d* advisor(y|ies)$/);

    // On the node: a badge, and the relation row marked.
    const post = app.node('Post');
    await expect(post.getByTestId('advisory-badge')).toBeVisible();
    await expect(post.locator('li[data-field="author"] [data-advisory]')).toHaveCount(1);
    // In the editor: a warning squiggle.
    await expect(page.locator('.monaco-editor .squiggly-warning').first()).toBeAttached();

    // The node's badge opens the panel filtered to the model; the panel has the why, Show and Fix.
    await post.getByTestId('advisory-badge').click();
    const panel = page.getByRole('complementary', { name: 'Advisories' });
    await expect(panel).toBeVisible();
    await expect(panel.getByLabel('Filter advisories')).toHaveValue('Post');
    await panel.getByLabel('Filter advisories').fill('');
    const item = panel.locator('[data-testid="advisory"][data-rule="index-fk-missing"]');
    await expect(item).toHaveCount(1);
    await expect(item).toContainText('Post.author: no index starts with the foreign key (authorId)');
    await expect(item).toContainText('PostgreSQL does not index foreign key columns');

    await item.getByRole('button', { name: /^Show/ }).click();
    await expect(page.locator('.react-flow__edge[data-id="Post.author"]')).toHaveClass(/selected/);

    await item.getByRole('button', { name: 'Fix: Add @@index([authorId])' }).click();
    await expect.poll(() => app.text()).toContain('  author   User   @relation(fields: [authorId], references: [id], onDelete: Cascade)\n\n  @@index([authorId])\n}');
    await expect(panel.locator('[data-rule="index-fk-missing"]')).toHaveCount(0);
    await expect(post.locator('li[data-field="author"] [data-advisory]')).toHaveCount(0);
    // The comment and the doc line are untouched.
    const text = await app.text();
    expect(text).toContain('// A blog whose posts are looked up by author');
    expect(text).toContain('/// Articles, newest first on the author\'s page.');

    // One undo step brings the advisory back; the editor's lightbulb offers the same fix.
    await page.keyboard.press('Control+z');
    await expect(panel.locator('[data-rule="index-fk-missing"]')).toHaveCount(1);
    const before = await app.text();
    const line = before.split('\n').findIndex((l) => l.includes('author   User   @relation')) + 1;
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+Home');
    for (let i = 1; i < line; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Control+.');
    await page.getByText('Fix: Add @@index([authorId])').first().click();
    await expect.poll(() => app.text()).toContain('@@index([authorId])');
  });

  test('a canvas-ignore comment and the rule settings silence advisories, counted, and the config downloads', async ({ page }) => {
    const app = await openFixture(page, 'e2e/fixtures/advisories/schema.prisma');
    await page.getByTestId('advisory-count').click();
    const panel = page.getByRole('complementary', { name: 'Advisories' });
    await expect(panel.locator('[data-rule="index-fk-missing"]')).toHaveCount(1);

    // A comment above the model silences that rule for the model.
    await page.locator('.monaco-editor .view-lines').first().click();
    const lines = (await app.text()).split('\n');
    const docLine = lines.findIndex((l) => l.startsWith('/// Articles')) + 1;
    await page.keyboard.press('Control+Home');
    for (let i = 1; i < docLine; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Home');
    await page.keyboard.type('// canvas-ignore index-fk-missing\n');
    await expect(panel.locator('[data-rule="index-fk-missing"]')).toHaveCount(0);
    await expect(panel.getByRole('button', { name: /1 suppressed by canvas-ignore/ })).toBeVisible();
    await page.keyboard.press('Control+z');
    await expect(panel.locator('[data-rule="index-fk-missing"]')).toHaveCount(1);

    // The same through the project config.
    await panel.getByText('Rules and schema-canvas.json').click();
    await panel.getByLabel('Severity of index-fk-missing').selectOption('off');
    await expect(panel.locator('[data-rule="index-fk-missing"]')).toHaveCount(0);
    const download = page.waitForEvent('download');
    await panel.getByRole('button', { name: 'Download schema-canvas.json' }).click();
    const file = await (await download).path();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ rules: { 'index-fk-missing': 'off' } });
  });

  test('while the text is invalid the advisories stay, marked stale; Fix waits for valid text', async ({ page }) => {
    const app = await openFixture(page, 'e2e/fixtures/advisories/schema.prisma');
    await page.keyboard.press('Control+Shift+M');
    await expect(page.getByRole('complementary', { name: 'Advisories' })).toBeVisible();
    await app.editorEnd();
    await app.typeInEditor('\nmodel Broken {');
    await expect(page.getByTestId('advisories-stale')).toBeVisible();
    await expect(page.getByTestId('advisory-count')).toHaveAttribute('data-stale', 'true');
    const panel = page.getByRole('complementary', { name: 'Advisories' });
    await expect(panel.locator('[data-rule="index-fk-missing"]')).toHaveCount(1);
    await expect(panel.getByRole('button', { name: /^Fix:/ })).toHaveCount(0);
  });

  test('Show delete impact on the seed 002 schema highlights what a Workspace delete cascades into', async ({ page }) => {
    const app = await openFixture(page, 'lib/advisories/fixtures/seed-002.prisma');
    await app.node('Workspace').click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Show delete impact' }).click();
    const banner = page.getByTestId('delete-impact');
    await expect(banner).toContainText('Deleting one Workspace deletes rows in 5 tables');
    for (const name of ['WorkspaceMember', 'Project', 'Task', 'TaskTag', 'TaskDependency']) {
      await expect(page.locator(`.react-flow__node.sc-impact-cascade[data-id="${name}"]`)).toHaveCount(1);
    }
    await expect(page.locator('.react-flow__node.sc-impact-origin[data-id="Workspace"]')).toHaveCount(1);
    await expect(page.locator('.react-flow__node[data-id="Project"]')).toHaveAttribute('aria-label', /^Model Project: rows deleted by cascade, depth 1$/);
    await expect(page.locator('.react-flow__node.sc-impact-cascade')).toHaveCount(5);
    await banner.getByRole('button', { name: 'Hide delete impact' }).click();
    await expect(page.locator('.react-flow__node.sc-impact-cascade')).toHaveCount(0);
  });
});

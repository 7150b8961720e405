import { expect, test } from '@playwright/test';
import { DesignerPage } from './support/designer';

test.describe('relations drawn and edited on the canvas', () => {
  test('dragging from one model onto another adds a 1:n relation; onDelete is set on the edge; undo restores the bytes', async ({ page }) => {
    const app = new DesignerPage(page);
    await app.open();
    const original = await app.text();

    const handle = app.node('Comment').locator('.sc-connect');
    const from = await app.stableBox(handle);
    const to = await app.stableBox(app.node('Tag'));
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
    await page.mouse.up();

    const form = page.getByRole('dialog', { name: 'Add relation' });
    await expect(form).toBeVisible();
    await expect(form.getByLabel('From', { exact: true })).toHaveValue('Comment');
    await expect(form.getByLabel('To', { exact: true })).toHaveValue('Tag');
    await expect(form.getByLabel('Kind', { exact: true })).toHaveValue('1:n');
    await form.getByRole('button', { name: 'Add relation' }).click();
    await expect(form).toBeHidden();

    await expect(app.status()).toContainText('7 relations · valid');
    const added = await app.text();
    expect(added).toContain('  tagId    Int\n  tag      Tag       @relation(fields: [tagId], references: [id])\n');
    expect(added).toMatch(/model Tag \{\n(?:.*\n)*  comments Comment\[\]\n\}/);
    expect(added).toContain('  @@index([parentId])\n  @@index([tagId])\n}');
    await expect(app.node('Comment').getByText('tagId')).toBeVisible();

    const edge = page.locator('.react-flow__edge[data-id="Comment.tag"]');
    await expect(edge).toHaveAttribute('aria-label', /1:n, on delete Restrict \(default\)/);
    await edge.focus();
    await page.keyboard.press('Enter');
    const actions = page.getByRole('dialog', { name: 'Set referential actions' });
    await expect(actions.getByLabel('onDelete', { exact: true })).toHaveValue('');
    await actions.getByLabel('onDelete', { exact: true }).selectOption('Cascade');
    await actions.getByRole('button', { name: 'Set referential actions' }).click();
    await expect(actions).toBeHidden();
    await expect.poll(async () => app.text()).toContain('tag      Tag       @relation(fields: [tagId], references: [id], onDelete: Cascade)');
    await expect(edge).toHaveAttribute('aria-label', /on delete Cascade/);
    await expect(app.status()).toContainText('valid');

    await app.node('Tag').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(async () => app.text()).toBe(added);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => app.text()).toBe(original);
    await expect(app.status()).toContainText('6 relations · valid');
  });

  test('SetNull on a required foreign key is refused with the reason, or makes the key optional when asked', async ({ page }) => {
    const app = new DesignerPage(page);
    await app.open();
    await app.node('Post').click();
    await page.keyboard.press('Control+k');
    await page.getByRole('combobox', { name: 'Command' }).fill('Set referential actions');
    await page.keyboard.press('Enter');
    const form = page.getByRole('dialog', { name: 'Set referential actions' });
    await form.getByLabel('Field', { exact: true }).fill('author');
    await form.getByLabel('onDelete', { exact: true }).selectOption('SetNull');
    await page.keyboard.press('Enter');
    await expect(form.getByRole('alert')).toContainText('Post.authorId to NULL, but it is required');
    await form.getByLabel('Make the foreign key optional (needed for SetNull)').check();
    await form.getByRole('button', { name: 'Set referential actions' }).click();
    await expect(form).toBeHidden();
    const text = await app.text();
    expect(text).toContain('  authorId    String?    @db.Uuid\n  author      User?      @relation(fields: [authorId], references: [id], onDelete: SetNull)\n');
    await expect(app.status()).toContainText('valid');
  });

  test('deleting a relation from its edge removes both sides, the foreign key and its index', async ({ page }) => {
    const app = new DesignerPage(page);
    await app.open();
    const edge = page.locator('.react-flow__edge[data-id="Comment.author"]');
    await edge.focus();
    await page.keyboard.press('Delete');
    const form = page.getByRole('dialog', { name: 'Delete relation' });
    await form.getByRole('button', { name: 'Delete relation' }).click();
    await expect(form).toBeHidden();
    const text = await app.text();
    expect(text).not.toMatch(/author\s+User\?/);
    expect(text).not.toContain('@@index([authorId])\n  @@index([parentId])');
    expect(text).not.toMatch(/^\s+comments Comment\[\]$/m);
    await expect(app.status()).toContainText('5 relations · valid');
  });
});

test('selecting a relation shows its effective actions, and changing one edits the text', async ({ page }) => {
  const app = new DesignerPage(page);
  await app.open();
  await page.locator('[data-edge-label="Post.author"]').click();
  const panel = page.getByRole('complementary', { name: 'Relation' });
  await expect(panel).toContainText('Post.author → User.posts');
  await expect(panel.getByLabel('onDelete')).toHaveValue('');
  await expect(panel.getByLabel('onDelete').locator('option:checked')).toHaveText('Restrict (default)');
  await expect(panel.getByLabel('onUpdate').locator('option:checked')).toHaveText('Cascade (default)');
  await panel.getByLabel('onDelete').selectOption('SetNull');
  await expect(panel.getByRole('alert')).toContainText('required');
  await panel.getByRole('button', { name: 'Make the foreign key optional and use SetNull' }).click();
  await expect.poll(async () => app.text()).toContain('author      User?      @relation(fields: [authorId], references: [id], onDelete: SetNull)');
  await expect(panel.getByLabel('onDelete')).toHaveValue('SetNull');
  await panel.getByLabel('onUpdate').selectOption('Restrict');
  await expect.poll(async () => app.text()).toContain('onDelete: SetNull, onUpdate: Restrict)');
  await expect(app.status()).toContainText('valid');
});

test('focus mode dims all but a model and its neighbours; collapse shows key fields only', async ({ page }) => {
  const app = new DesignerPage(page);
  await app.open();
  await app.node('Tag').getByText('Tag', { exact: true }).click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Focus on this model…' }).click();
  const form = page.getByRole('dialog', { name: 'Focus model' });
  await form.getByLabel('Hops', { exact: true }).selectOption('1');
  await form.getByRole('button', { name: 'Focus model' }).click();
  await expect(page.getByText('Focused on Tag and models 1 hop away')).toBeVisible();
  // Only the nodes in view are in the DOM: every one of them but Tag and Post is dimmed.
  await expect(page.locator('.react-flow__node:not(.sc-dimmed)')).toHaveCount(2);
  await expect(page.locator('.react-flow__node.sc-dimmed').first()).toBeVisible();
  await expect(page.locator('.react-flow__node[data-id="Post"]')).not.toHaveClass(/sc-dimmed/);
  await page.getByRole('button', { name: 'Show all models' }).click();
  await expect(page.locator('.react-flow__node.sc-dimmed')).toHaveCount(0);

  await app.node('Post').getByRole('button', { name: 'Collapse Post' }).click();
  await expect(app.node('Post').getByText('7 more fields')).toBeVisible();
  await expect(app.node('Post').locator('[data-field="title"]')).toHaveCount(0);
  await expect(app.node('Post').locator('[data-field="authorId"]')).toBeVisible();
  // The relation to Tag (m:n, no key field on Post) still draws, from the header.
  await expect(page.locator('.react-flow__edge[data-id="Post.tags~Tag.posts"]')).toHaveCount(1);
  expect((await app.layout()).collapsed).toEqual(['Post']);
  await app.node('Post').getByRole('button', { name: 'Expand Post' }).click();
  await expect(app.node('Post').locator('[data-field="title"]')).toBeVisible();
});

test('shift-click selects several models; Delete removes them together, in one undo step', async ({ page }) => {
  const app = new DesignerPage(page);
  await app.open();
  const original = await app.text();
  await app.node('Tag').click();
  await app.node('Profile').click({ modifiers: ['Shift'] });
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(2);
  await app.node('Profile').focus();
  await page.keyboard.press('Delete');
  const form = page.getByRole('dialog', { name: 'Delete selected models' });
  await expect(form).toContainText('Deletes 2 models');
  await form.getByRole('button', { name: 'Delete' }).click();
  await expect(app.node('Tag')).toHaveCount(0);
  await expect(app.node('Profile')).toHaveCount(0);
  await expect(app.status()).toContainText('3 models · 2 enums · 1 view · 4 relations · valid');
  await page.keyboard.press('Control+z');
  await expect.poll(async () => app.text()).toBe(original);
});

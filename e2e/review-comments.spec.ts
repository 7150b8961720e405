import { expect, test, type Dialog, type Page } from '@playwright/test';
import { DesignerPage } from './support/designer';

const XSS = '<img src=x onerror=alert(1)>';

/** Right-clicks a model's title on the diagram and picks a menu entry. */
async function nodeMenu(app: DesignerPage, model: string, entry: string): Promise<void> {
  await app.node(model).getByText(model, { exact: true }).click({ button: 'right' });
  await app.page.getByRole('menuitem', { name: entry }).click();
}

/** Writes a comment in the Add comment form and sends it. */
async function addComment(page: Page, text: string): Promise<void> {
  const form = page.getByRole('dialog', { name: 'Add comment' });
  await form.getByLabel('Comment', { exact: true }).fill(text);
  await expect(form.getByTestId('length-counter')).toHaveText(`${text.length} / 4,000`);
  await form.getByRole('button', { name: 'Add comment' }).click();
  await expect(form).toBeHidden();
}

test('a reviewer comments through a Comment link; the owner sees, resolves and reopens it, and it goes outdated when renamed away', async ({ browser }) => {
  // Two browsers each load the designer and its engines; on a busy machine that alone takes a minute.
  test.setTimeout(300_000);
  const alerts: string[] = [];
  const ownerContext = await browser.newContext();
  const owner = new DesignerPage(await ownerContext.newPage());
  const record = (d: Dialog) => {
    alerts.push(d.message());
    void d.dismiss();
  };
  owner.page.on('dialog', record);
  await owner.open();

  // Not shared yet: the form says so at once.
  await nodeMenu(owner, 'Tag', 'Add comment…');
  const notShared = owner.page.getByRole('dialog', { name: 'Add comment' });
  await expect(notShared).toContainText('Comments need a shared document: use "Share link" first');
  await notShared.getByRole('button', { name: 'Cancel' }).click();

  // The owner shares a Comment link.
  await owner.runCommand('Share link');
  const share = owner.page.getByRole('dialog', { name: 'Share link' });
  await share.getByLabel('Access').selectOption('comment');
  await share.getByRole('button', { name: 'Create link' }).click();
  const url = await share.getByLabel('Link', { exact: true }).inputValue();
  expect(url).toMatch(/\/\?review=[^#]+#token=scl_/);
  await share.getByRole('button', { name: 'Close share dialog' }).click();

  // The reviewer opens it and comments on Tag from the node's context menu, then replies.
  const reviewerContext = await browser.newContext();
  const reviewer = new DesignerPage(await reviewerContext.newPage());
  reviewer.page.on('dialog', record);
  await reviewer.page.goto(url);
  await reviewer.waitValidated();
  await expect(reviewer.node('Tag')).toBeVisible();
  await nodeMenu(reviewer, 'Tag', 'Add comment…');
  await addComment(reviewer.page, 'Should tags be unique per name?');
  const panel = reviewer.page.getByRole('region', { name: 'Comments' });
  await expect(panel).toBeVisible();
  const first = panel.getByRole('article', { name: 'Thread on Tag' }).filter({ hasText: 'unique per name' });
  await expect(first).toContainText('Should tags be unique per name?');
  await first.getByLabel('Reply to thread on Tag').fill('Also: case-insensitive?');
  await first.getByRole('button', { name: 'Reply' }).click();
  await expect(first.getByTestId('comment-text')).toHaveText(['Should tags be unique per name?', 'Also: case-insensitive?']);

  // Markup in a comment is text, never HTML.
  await nodeMenu(reviewer, 'Tag', 'Add comment…');
  await addComment(reviewer.page, XSS);
  const literal = panel.getByTestId('comment-text').filter({ hasText: XSS });
  await expect(literal).toHaveText(XSS);
  await expect(panel.locator('img')).toHaveCount(0);
  await expect(reviewer.node('Tag').getByTestId('comment-marker')).toHaveText('2');

  // The owner reloads: the marker is on the node, the threads in the panel.
  await owner.page.reload();
  await owner.waitValidated();
  const marker = owner.node('Tag').getByTestId('comment-marker');
  await expect(marker).toHaveText('2');
  await expect(marker).toHaveAccessibleName('2 open comment threads on Tag');
  await marker.focus();
  await owner.page.keyboard.press('Enter');
  const ownerPanel = owner.page.getByRole('region', { name: 'Comments' });
  await expect(ownerPanel).toContainText('Threads on Tag');
  const thread = ownerPanel.getByRole('article', { name: 'Thread on Tag' }).filter({ hasText: 'unique per name' });
  await expect(thread.getByTestId('comment-text')).toHaveText(['Should tags be unique per name?', 'Also: case-insensitive?']);
  await expect(ownerPanel.getByTestId('comment-text').filter({ hasText: XSS })).toHaveText(XSS);

  // Resolve and reopen.
  await thread.getByRole('button', { name: 'Resolve thread on Tag' }).click();
  await expect(marker).toHaveText('1');
  await ownerPanel.getByRole('button', { name: /Resolved \(1\)/ }).click();
  const resolved = ownerPanel.getByRole('region', { name: 'Resolved threads' }).getByRole('article', { name: 'Thread on Tag' });
  await resolved.getByRole('button', { name: 'Reopen thread on Tag' }).click();
  await expect(marker).toHaveText('2');

  // Renamed away in the text: the threads are outdated (kept, not hidden).
  const line = (await owner.text()).split('\n').findIndex((l) => l.startsWith('model Tag ')) + 1;
  await owner.page.locator('.monaco-editor .view-lines').first().click();
  await owner.page.keyboard.press('Control+Home');
  for (let i = 1; i < line; i++) await owner.page.keyboard.press('ArrowDown');
  await owner.page.keyboard.press('Home');
  for (let i = 0; i < 'model '.length; i++) await owner.page.keyboard.press('ArrowRight');
  for (let i = 0; i < 'Tag'.length; i++) await owner.page.keyboard.press('Shift+ArrowRight');
  await owner.page.keyboard.type('Label');
  await ownerPanel.getByRole('button', { name: 'Show all threads' }).click();
  const outdated = ownerPanel.getByRole('region', { name: 'Outdated threads' });
  await expect(outdated.getByRole('article', { name: 'Thread on Tag' })).toHaveCount(2);
  await expect(outdated).toContainText('Outdated');

  expect(alerts).toEqual([]);
  await ownerContext.close();
  await reviewerContext.close();
});

test('a View link shows comments but not the controls to write them', async ({ page, request }) => {
  const created = await request.post('/api/documents', { data: { files: [{ path: 'schema.prisma', text: 'model User {\n  id Int @id\n}\n' }] } });
  const { document, ownerToken } = (await created.json()) as { document: { id: string }; ownerToken: string };
  const auth = { authorization: `Bearer ${ownerToken}` };
  await request.post(`/api/documents/${document.id}/comments`, { headers: auth, data: { anchor: { kind: 'model', model: 'User' }, text: 'Rename to Account?' } });
  const link = await request.post(`/api/documents/${document.id}/links`, { headers: auth, data: { access: 'view' } });
  const { token } = (await link.json()) as { token: string };

  const app = new DesignerPage(page);
  await page.goto(`/?review=${document.id}#token=${token}`);
  await app.waitValidated();
  await app.node('User').getByTestId('comment-marker').click();
  const panel = page.getByRole('region', { name: 'Comments' });
  await expect(panel).toContainText('Rename to Account?');
  await expect(panel).toContainText('Your link can view comments but not add them');
  await expect(panel.getByLabel('Reply to thread on User')).toBeDisabled();
  await expect(panel.getByRole('button', { name: 'Resolve thread on User' })).toBeDisabled();
});

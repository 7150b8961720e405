import { expect, test, type Browser, type Page } from '@playwright/test';
import { DesignerPage } from './support/designer';

// Two browsers and a server round trip per step.
test.setTimeout(240_000);

// The embedded review store starts on the first request (PGlite, several seconds on a busy machine): start it before the clock runs.
test.beforeAll(async ({ request }) => {
  const health = await request.get('/api/health', { timeout: 120_000 });
  expect(health.ok()).toBe(true);
});

/** The owner's page: the example schema plus a model of its own, so a reviewer's copy is recognisable. */
async function ownerWithSchema(page: Page): Promise<DesignerPage> {
  const app = new DesignerPage(page);
  await app.open();
  await app.editorEnd();
  await app.typeInEditor('\n\nmodel Review {\nid Int @id');
  await expect(app.node('Review')).toBeVisible();
  await app.waitValidated();
  return app;
}

/** Share link → Access → (label, expiry) → Create link: the URL shown in the `Link` field. */
async function createLink(app: DesignerPage, access: 'View' | 'Comment' | 'Edit', label = ''): Promise<string> {
  await app.runCommand('Share link');
  const dialog = app.page.getByRole('dialog', { name: 'Share link' });
  await dialog.getByLabel('Access').selectOption({ label: access });
  if (label) await dialog.getByLabel('Label (optional)').fill(label);
  await dialog.getByRole('button', { name: 'Create link' }).click();
  const link = dialog.getByLabel('Link', { exact: true });
  await expect(link).toHaveValue(/\/\?review=[\w-]+#token=scl_/);
  const url = await link.inputValue();
  await dialog.getByRole('button', { name: 'Close share dialog' }).click();
  return url;
}

async function openAsReviewer(browser: Browser, url: string): Promise<DesignerPage> {
  const page = await (await browser.newContext()).newPage();
  const app = new DesignerPage(page);
  await page.goto(url);
  await expect(app.node('Review')).toBeVisible({ timeout: 30_000 });
  await app.waitValidated();
  return app;
}

test('a Comment link opens the schema read-only; a View link cannot edit; a revoked link says so', async ({ page, browser }) => {
  const owner = await ownerWithSchema(page);
  await owner.runCommand('Share link');
  const dialog = page.getByRole('dialog', { name: 'Share link' });
  await expect(dialog).toContainText('uploads this schema');
  await dialog.getByRole('button', { name: 'Close share dialog' }).click();
  const commentUrl = await createLink(owner, 'Comment', 'Ana');
  const ownerText = await owner.text();

  const reviewer = await openAsReviewer(browser, commentUrl);
  expect(await reviewer.text()).toBe(ownerText);
  await expect(reviewer.page.getByTestId('shared-badge')).toHaveText('Shared · Can comment');

  // Typing in the editor changes nothing.
  await reviewer.editorEnd();
  await reviewer.typeInEditor('\nmodel Hack {');
  await reviewer.page.waitForTimeout(300);
  expect(await reviewer.text()).toBe(ownerText);

  // A canvas edit is refused with the reason.
  await reviewer.page.getByRole('button', { name: 'Add model' }).first().click();
  const form = reviewer.page.getByRole('dialog', { name: 'Add model' });
  await form.getByLabel('Name', { exact: true }).fill('Hack');
  await reviewer.page.keyboard.press('Enter');
  await expect(form.getByRole('alert')).toContainText('read-only');
  await form.getByRole('button', { name: 'Cancel' }).click();
  expect(await reviewer.text()).toBe(ownerText);

  // A View link: read-only too.
  const viewUrl = await createLink(owner, 'View', 'Carol');
  const viewer = await openAsReviewer(browser, viewUrl);
  await expect(viewer.page.getByTestId('shared-badge')).toHaveText('Shared · View only');
  await viewer.editorEnd();
  await viewer.typeInEditor('\n// note');
  await viewer.page.waitForTimeout(300);
  expect(await viewer.text()).toBe(ownerText);

  // The owner revokes the View link; the viewer reloads and is told, with its document untouched.
  await owner.runCommand('Share link');
  const links = page.getByRole('table', { name: 'Share links' });
  await expect(links.getByTestId('share-link-row')).toHaveCount(2);
  await links.getByRole('button', { name: /^Revoke Carol/ }).click();
  await expect(links.getByTestId('share-link-row').filter({ hasText: 'Carol' })).toContainText('Revoked');
  await page.getByRole('button', { name: 'Close share dialog' }).click();

  const before = await viewer.text();
  await viewer.page.reload();
  await expect(viewer.page.getByTestId('notice')).toContainText(/revoked/);
  await viewer.waitValidated();
  expect(await viewer.text()).toBe(before);
  await expect(viewer.page.getByTestId('shared-badge')).toHaveCount(0);
});

test('a saved version appears in the history; a reviewer approves it and the owner sees it after a reload', async ({ page, browser }) => {
  const owner = await ownerWithSchema(page);
  await owner.runCommand('Save version', { Name: 'First review' });
  await expect(page.getByTestId('notice')).toContainText('Saved version 1');
  await owner.runCommand('Show history');
  const history = page.getByRole('region', { name: 'History' });
  await expect(history.getByRole('listitem', { name: 'Version 1: First review' })).toContainText('Owner');
  await expect(page.getByTestId('shared-badge')).toHaveText('Shared · Owner');

  const url = await createLink(owner, 'Comment');
  const reviewer = await openAsReviewer(browser, url);
  await reviewer.page.getByTestId('shared-badge').click();
  const theirs = reviewer.page.getByRole('region', { name: 'History' });
  await theirs.getByRole('button', { name: 'Approve version 1' }).click();
  await expect(theirs.getByRole('listitem', { name: 'Version 1: First review' })).toContainText('approved · Reviewer');

  // Older versions open read-only, and "Back to current" restores the working document.
  await owner.editorEnd();
  await owner.typeInEditor('\n// after the review');
  await expect.poll(() => owner.text()).toContain('// after the review');
  const working = await owner.text();
  await history.getByRole('button', { name: 'Open version 1' }).click();
  await expect(page.getByTestId('version-banner')).toContainText('Viewing version 1 — read-only');
  await expect.poll(() => owner.text()).not.toContain('// after the review');
  await page.getByRole('button', { name: 'Back to current' }).click();
  await expect(page.getByTestId('version-banner')).toHaveCount(0);
  expect(await owner.text()).toBe(working);

  await page.reload();
  await owner.waitValidated();
  expect(await owner.text()).toBe(working);
  await expect(page.getByTestId('shared-badge')).toHaveText('Shared · Owner');
  await owner.runCommand('Show history');
  await expect(page.getByRole('region', { name: 'History' }).getByRole('listitem', { name: 'Version 1: First review' })).toContainText('approved · Reviewer');
});

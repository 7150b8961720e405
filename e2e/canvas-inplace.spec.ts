import { expect, test, type Page } from '@playwright/test';
import { DesignerPage } from './support/designer';

/** Records whether any dialog appears from now on (a MutationObserver, so a dialog that opens and closes counts too). */
async function watchDialogs(page: Page): Promise<() => Promise<boolean>> {
  await page.evaluate(() => {
    const w = window as unknown as { __dialogSeen: boolean };
    w.__dialogSeen = false;
    new MutationObserver(() => {
      if (document.querySelector('[role=dialog]')) w.__dialogSeen = true;
    }).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['role'] });
  });
  return () => page.evaluate(() => (window as unknown as { __dialogSeen: boolean }).__dialogSeen);
}

test('a schema is built and edited on the nodes themselves: in place, with chips, keys and a relation typed as a type', async ({ page }) => {
  // Every edit waits for Prisma's check: a long walk on a shared machine.
  test.setTimeout(180_000);
  const app = new DesignerPage(page);
  await app.open();
  await app.runCommand('New schema', {});
  await page.getByRole('dialog', { name: 'New schema' }).getByRole('button', { name: 'New schema' }).click();
  await expect(app.status()).toContainText('0 models');
  for (const name of ['Team', 'Member']) await app.runCommand('Add model', { Name: name });
  await expect(app.node('Member')).toBeVisible();
  const dialogSeen = await watchDialogs(page);

  const row = (model: string, field: string) => app.node(model).locator(`li[data-field="${field}"]`);
  const typeFields = async (model: string, fields: Array<[string, string]>) => {
    await app.node(model).getByRole('button', { name: `Add field to ${model}` }).click();
    for (const [name, type] of fields) {
      await page.getByLabel('Field name').fill(name);
      await page.keyboard.press('Tab');
      await page.keyboard.type(type);
      if (type === 'Team') {
        // A model as the type offers the relation, chosen by default.
        await expect(page.getByRole('radio', { name: 'Create relation to Team (adds teamId + back-relation)' })).toBeChecked();
        await expect(page.getByRole('radio', { name: 'Just the field' })).not.toBeChecked();
      }
      await page.keyboard.press('Enter');
      await expect(page.getByLabel('Field name')).toHaveValue('');
    }
    await page.keyboard.press('Escape');
  };
  await typeFields('Team', [['name', 'String'], ['slug', 'String']]);
  await typeFields('Member', [['email', 'String'], ['nickname', 'String?'], ['team', 'Team']]);
  await expect.poll(() => app.text()).toMatch(/team\s+Team\s+@relation\(fields: \[teamId\], references: \[id\]\)/);
  expect(await app.text()).toMatch(/model Team \{[^}]*members\s+Member\[\]/);

  // Rename a field in place: a bad name says why and changes nothing; Escape cancels; Enter renames.
  await row('Member', 'email').locator('[data-part="name"]').dblclick();
  const editor = page.getByRole('form', { name: 'Edit field email' });
  await expect(editor.getByLabel('Field name')).toBeFocused();
  const before = await app.text();
  await editor.getByLabel('Field name').fill('1email');
  await page.keyboard.press('Enter');
  await expect(editor.getByRole('alert')).toBeVisible();
  expect(await app.text()).toBe(before);
  await page.keyboard.press('Escape');
  await expect(editor).toHaveCount(0);
  await expect(row('Member', 'email')).toBeFocused();
  await page.keyboard.press('Enter');
  await page.getByRole('form', { name: 'Edit field email' }).getByLabel('Field name').fill('emailAddress');
  await page.keyboard.press('Enter');
  await expect.poll(() => app.text()).toMatch(/\n\s+emailAddress\s+String\n/);
  await expect(row('Member', 'emailAddress')).toBeFocused();

  // The type in place: double-click the type.
  await row('Team', 'slug').locator('[data-part="type"]').dblclick();
  await expect(page.getByRole('form', { name: 'Edit field slug' }).getByLabel('Field type')).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('String?');
  await page.keyboard.press('Enter');
  await expect.poll(() => app.text()).toMatch(/slug\s+String\?/);

  // Chips on a focused row toggle @unique and ?, and say whether they are on.
  await row('Team', 'name').focus();
  const unique = page.getByRole('button', { name: 'Unique name' });
  await expect(unique).toHaveAttribute('aria-pressed', 'false');
  await unique.click();
  await expect.poll(() => app.text()).toMatch(/name\s+String\s+@unique/);
  await row('Team', 'name').focus();
  await expect(page.getByRole('button', { name: 'Unique name' })).toHaveAttribute('aria-pressed', 'true');
  await row('Member', 'emailAddress').focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Optional emailAddress' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => app.text()).toMatch(/emailAddress\s+String\?/);

  // The attribute popover: a column name, applied through Set map name.
  await row('Member', 'emailAddress').focus();
  await page.getByRole('button', { name: 'Attributes of emailAddress' }).click();
  const attributes = page.getByRole('form', { name: 'Attributes of emailAddress' });
  await attributes.getByLabel('Map (column name)').fill('email_address');
  await attributes.getByLabel('Map (column name)').press('Enter');
  await expect(attributes).toHaveCount(0);
  await expect.poll(() => app.text()).toMatch(/emailAddress\s+String\?\s+@map\("email_address"\)/);

  // Rename the model on its header with F2; the relation follows.
  await app.node('Team').focus();
  await page.keyboard.press('F2');
  await expect(page.getByLabel('Model name')).toBeFocused();
  await page.getByLabel('Model name').fill('Squad');
  await page.getByLabel('Table name (@@map)').fill('squads');
  await page.keyboard.press('Enter');
  await expect.poll(() => app.text()).toMatch(/model Squad \{[^}]*@@map\("squads"\)/);
  await expect(app.node('Squad')).toBeFocused();
  expect(await app.text()).toMatch(/team\s+Squad\s+@relation/);

  // From the focused node, ArrowDown enters its rows and walks them; Alt+ArrowUp moves a field above the one before it.
  await page.keyboard.press('ArrowDown');
  await expect(row('Squad', 'id')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(row('Squad', 'slug')).toBeFocused();
  await page.keyboard.press('Alt+ArrowUp');
  await expect.poll(() => app.text()).toMatch(/slug\s+String\?\n\s+name\s+String\s+@unique/);
  await expect(row('Squad', 'slug')).toBeFocused();

  // Or drag a row by its grip: name goes back above slug.
  await row('Squad', 'name').hover();
  await row('Squad', 'name').locator('[draggable="true"]').dragTo(row('Squad', 'slug'), { targetPosition: { x: 40, y: 3 } });
  await expect.poll(() => app.text()).toMatch(/name\s+String\s+@unique\n\s+slug\s+String\?/);

  // Delete deletes the focused field; a foreign key is refused with Delete field's reason.
  await row('Member', 'nickname').focus();
  await page.keyboard.press('Delete');
  await expect.poll(() => app.text()).not.toContain('nickname');
  const kept = await app.text();
  await row('Member', 'teamId').focus();
  await page.keyboard.press('Delete');
  await expect(app.node('Member').getByRole('alert')).toContainText('foreign key of the relation');
  expect(await app.text()).toBe(kept);

  // Typing a model as a field's new type turns it into that relation.
  await typeFields('Squad', [['lead', 'String']]);
  await row('Squad', 'lead').locator('[data-part="type"]').dblclick();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Member?');
  await expect(page.getByRole('radio', { name: /^Create relation to Member/ })).toBeChecked();
  await page.keyboard.press('Enter');
  await expect.poll(() => app.text()).toMatch(/lead\s+Member\?\s+@relation\([^)]*fields: \[leadId\]/);

  await expect(app.status()).toContainText('valid');
  await expect(app.status()).not.toContainText('error');
  const text = await app.text();
  expect(text).toMatch(/model Member \{[^}]*emailAddress\s+String\?\s+@map\("email_address"\)[^}]*teamId\s+Int[^}]*team\s+Squad\s+@relation\(fields: \[teamId\], references: \[id\]\)/);
  expect(text).toContain('@@index([teamId])');
  expect(await dialogSeen()).toBe(false);
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

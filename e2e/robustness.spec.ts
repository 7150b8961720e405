import { expect, test, type Page } from '@playwright/test';
import { DesignerPage } from './support/designer';

async function typeAtEnd(app: DesignerPage, text: string) {
  await app.editorEnd();
  await app.typeInEditor(text);
  await expect.poll(async () => (await app.text()).includes(text.trim())).toBe(true);
}

const conflict = (page: Page) => page.getByRole('alertdialog', { name: 'This document is open in another tab' });

test.describe('robustness', () => {
  test('two tabs: the newer one takes over, the older is read-only until it takes over again, and no text is lost', async ({ context }) => {
    const first = new DesignerPage(await context.newPage());
    await first.open();
    await typeAtEnd(first, '\n// from the first tab\n');
    await first.page.waitForTimeout(400);

    const second = new DesignerPage(await context.newPage());
    await second.open();
    expect(await second.text()).toContain('// from the first tab');
    await expect(conflict(first.page)).toBeVisible();
    await expect(conflict(second.page)).toBeHidden();
    // The first tab is read-only now: neither typing nor shortcuts change its document.
    const before = await first.text();
    await first.page.keyboard.press('Control+z');
    await first.page.keyboard.type('x');
    expect(await first.text()).toBe(before);
    await typeAtEnd(second, '\n// from the second tab\n');
    await second.page.waitForTimeout(400);

    await first.page.bringToFront();
    await conflict(first.page).getByRole('button', { name: 'Take over here' }).click();
    await expect(conflict(first.page)).toBeHidden();
    await expect(conflict(second.page)).toBeVisible();
    await typeAtEnd(first, '// first again\n');
    await first.page.waitForTimeout(400);

    // The second tab's text was kept: Restore previous document lists it.
    await first.page.reload();
    await first.waitValidated();
    const text = await first.text();
    expect(text).toContain('// first again');
    expect(text).not.toContain('// from the second tab');
    await first.runCommand('Restore previous document');
    const form = first.page.getByRole('dialog', { name: 'Restore previous document' });
    await expect(form.getByLabel('Document')).toBeEnabled();
    await form.locator('button[type=submit]').click();
    await expect.poll(() => first.text()).toContain('// from the second tab');
  });

  test('a reload right after typing keeps the last line', async ({ page }) => {
    const app = new DesignerPage(page);
    await app.open();
    for (let i = 0; i < 5; i++) {
      await app.editorEnd();
      await app.typeInEditor(`\n// last line ${i}`);
      await expect.poll(async () => (await app.text()).includes(`// last line ${i}`)).toBe(true);
      await page.reload(); // no pause: the debounced save has not run yet
      await app.waitValidated();
      expect(await app.text()).toContain(`// last line ${i}`);
    }
  });

  test('when IndexedDB writes fail: one failure message, and the last line still survives the reload', async ({ page }) => {
    await page.addInitScript(() => {
      if (sessionStorage.getItem('broken-once')) return; // only the first load has a failing store
      sessionStorage.setItem('broken-once', '1');
      const put = IDBObjectStore.prototype.put;
      Object.defineProperty(IDBObjectStore.prototype, 'put', {
        value(this: IDBObjectStore, ...args: Parameters<typeof put>) {
          if (args[1] === 'current') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          return put.apply(this, args);
        },
      });
    });
    const app = new DesignerPage(page);
    await app.open();
    const notices: string[] = [];
    for (let i = 0; i < 3; i++) {
      await typeAtEnd(app, `\n// attempt ${i}`);
      await page.waitForTimeout(400);
      const notice = page.getByTestId('notice');
      if (await notice.isVisible()) notices.push(await notice.innerText());
    }
    expect(new Set(notices).size).toBe(1);
    const message = notices[0];
    expect(message).toContain('Autosave failed');
    expect(message.match(/Download the schema/g)).toHaveLength(1);
    expect(message.match(/autosave/gi)).toHaveLength(2); // "Autosave failed" and "until autosave works again", not "… Could not autosave …"
    await page.reload();
    await app.waitValidated();
    expect(await app.text()).toContain('// attempt 2');
  });

  test('Restore previous document lists the replaced documents, not just the last one', async ({ page }) => {
    const app = new DesignerPage(page);
    await app.open();
    await typeAtEnd(app, '\n// version A\n');
    await app.runCommand('Load example schema');
    await expect.poll(() => app.text()).not.toContain('// version A');
    await typeAtEnd(app, '\n// version B\n');
    await app.runCommand('Load example schema');
    await expect.poll(() => app.text()).not.toContain('// version B');
    await app.runCommand('Restore previous document');
    const form = page.getByRole('dialog', { name: 'Restore previous document' });
    const select = form.getByLabel('Document');
    await expect(select).toBeEnabled();
    expect(await select.locator('option').count()).toBeGreaterThanOrEqual(2);
    await select.selectOption({ index: 1 }); // the older one: A
    await form.locator('button[type=submit]').click();
    await expect.poll(() => app.text()).toContain('// version A');
    expect(await app.text()).not.toContain('// version B');
  });

  test('an IndexedDB that never opens: the designer starts within seconds and says autosave is off', async ({ page }) => {
    await page.addInitScript(() => {
      // An open request whose events never fire.
      Object.defineProperty(window.IDBFactory.prototype, 'open', { value: () => ({}) });
    });
    const app = new DesignerPage(page);
    await page.goto('/');
    await expect(page.getByText('Restoring your schema…')).toBeHidden({ timeout: 8000 });
    await app.waitValidated();
    await expect(page.getByTestId('notice')).toContainText('Autosave is off');
    await typeAtEnd(app, '\n// still editable\n');
  });

  test('a long @@map leaves the model name whole in the node header', async ({ page }) => {
    const table = 'a_very_long_legacy_table_name_that_goes_on_and_on_and_on';
    const text = `datasource db {\n  provider = "postgresql"\n}\n\nmodel User {\n  id Int @id\n\n  @@map("${table}")\n}\n`;
    await page.addInitScript(
      ([t]) => {
        if (sessionStorage.getItem('seeded')) return;
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem('schema-canvas:unsaved', JSON.stringify({ files: [{ path: 'schema.prisma', text: t }], activeFile: 'schema.prisma', layout: { version: 1, positions: {} }, prismaVersion: '7', savedAt: Date.now() + 60_000 }));
      },
      [text],
    );
    const app = new DesignerPage(page);
    await app.open();
    const node = app.node('User');
    await expect(node).toBeVisible();
    const name = node.getByTestId('model-name');
    await expect(name).toHaveText('User');
    const fits = await name.evaluate((el) => el.scrollWidth <= el.clientWidth);
    expect(fits).toBe(true);
    await expect(node.getByTestId('model-table')).toHaveAttribute('title', `Table "${table}" (@@map)`);
  });
});

import { expect, type Locator, type Page } from '@playwright/test';

export interface SchemaFileView {
  path: string;
  text: string;
}

export interface LayoutView {
  positions: Record<string, { x: number; y: number }>;
  collapsed?: string[];
}

/** The page as a user sees it: the editor, the diagram, the status bar and the command palette. */
export class DesignerPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/');
    await this.waitValidated();
  }

  status() {
    return this.page.getByRole('status').filter({ hasText: /models?/ });
  }

  /** Waits until Prisma's validation of the current text is shown. */
  async waitValidated(): Promise<void> {
    await expect(this.status()).toContainText(/valid|errors?|warnings?/, { timeout: 30_000 });
    await expect(this.status()).not.toContainText('checking');
  }

  node(name: string, kind = 'Model') {
    return this.page.getByRole('group', { name: `${kind} ${name}`, exact: true });
  }

  async files(): Promise<SchemaFileView[]> {
    return this.page.evaluate(() => (window as unknown as { __schemaCanvas: { files(): SchemaFileView[] } }).__schemaCanvas.files());
  }

  async text(path = 'schema.prisma'): Promise<string> {
    const f = (await this.files()).find((x) => x.path === path);
    if (!f) throw new Error(`no file ${path}`);
    return f.text;
  }

  async layout(): Promise<LayoutView> {
    return this.page.evaluate(() => (window as unknown as { __schemaCanvas: { layout(): LayoutView } }).__schemaCanvas.layout());
  }

  /** The box of an element once it has stopped moving (the canvas fits its view after the layout). */
  async stableBox(locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
    let last = await locator.boundingBox();
    for (let i = 0; i < 40; i++) {
      await this.page.waitForTimeout(100);
      const now = await locator.boundingBox();
      if (now && last && now.x === last.x && now.y === last.y && now.width === last.width) return now;
      last = now;
    }
    throw new Error('the element kept moving');
  }

  /** Puts the cursor at the end of the editor's text. */
  async editorEnd(): Promise<void> {
    await this.page.locator('.monaco-editor .view-lines').first().click();
    await this.page.keyboard.press('Control+End');
  }

  async typeInEditor(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }

  /** Opens the palette from the canvas, runs a command by name and fills its form. */
  async runCommand(title: string, fields: Record<string, string> = {}, checks: Record<string, boolean> = {}): Promise<void> {
    await this.page.keyboard.press('Control+k');
    const palette = this.page.getByRole('dialog', { name: 'Command palette' });
    await expect(palette).toBeVisible();
    await palette.getByRole('combobox', { name: 'Command' }).fill(title);
    await expect(palette.getByRole('option').first()).toHaveText(new RegExp(`^${title}`));
    await this.page.keyboard.press('Enter');
    const form = this.page.getByRole('dialog', { name: title });
    if (Object.keys(fields).length || Object.keys(checks).length) await expect(form).toBeVisible();
    for (const [label, value] of Object.entries(fields)) await form.getByLabel(label, { exact: true }).fill(value);
    for (const [label, value] of Object.entries(checks)) await form.getByLabel(label).setChecked(value);
    if (Object.keys(fields).length || Object.keys(checks).length) {
      await this.page.keyboard.press('Enter');
      await expect(form).toBeHidden();
    }
  }
}

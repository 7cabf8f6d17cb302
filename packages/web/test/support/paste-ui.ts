// Drives the page as a person would: type, pick options, create, read the share link.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { OpenedPage } from './browser.js';
import type { BrowserStack } from './browser-stack.js';

export interface PasteInput {
  readonly text: string;
  readonly format?: 'Plain text' | 'Markdown' | 'Code';
  readonly language?: string;
  readonly burn?: boolean;
  /** A view limit above one ("Limited views"). */
  readonly views?: number;
  /** The expiry choice as the page shows it, e.g. '1 hour' or 'Never'. */
  readonly expiry?: string;
  readonly public?: boolean;
  readonly password?: string;
  readonly confirm?: boolean;
  readonly files?: readonly { name: string; mimeType: string; buffer: Buffer }[];
}

/** Creates a paste through the UI and returns its share link. */
export async function createPaste(page: Page, input: PasteInput): Promise<string> {
  await page.getByLabel('Text of the paste').fill(input.text);
  if (input.format) await page.getByText(input.format, { exact: true }).click();
  if (input.language)
    await page.getByLabel('Language', { exact: true }).selectOption(input.language);
  if (input.files) {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'choose files' }).click();
    await (await chooser).setFiles(input.files.map((f) => ({ ...f })));
    for (const file of input.files)
      await page.locator('.file-list').getByText(file.name, { exact: true }).waitFor();
  }
  await page.getByRole('combobox', { name: 'Expires after' }).waitFor();
  if (input.expiry) await page.getByLabel('Expires after').selectOption({ label: input.expiry });
  if (input.burn) await page.getByLabel('Burn after reading').check();
  if (input.views !== undefined) {
    await page.getByLabel('Limited views').check();
    await page.getByLabel('Views allowed').fill(String(input.views));
  }
  if (input.public) await page.getByLabel('Public paste (not encrypted)').check();
  if (input.password) await page.getByLabel('Password (optional)').fill(input.password);
  const confirm = page.getByLabel('Ask the reader to confirm before opening');
  if (input.confirm !== undefined) await confirm.setChecked(input.confirm);
  await page.getByRole('button', { name: 'Create paste' }).click();
  await page.getByRole('heading', { name: 'Your paste is ready' }).waitFor({ timeout: 60_000 });
  return page.getByRole('textbox', { name: 'Share link' }).inputValue();
}

/** Opens the stack's site in a new browser and creates a paste there. */
export async function createInNewPage(
  env: BrowserStack,
  input: PasteInput,
): Promise<{ author: OpenedPage; link: string }> {
  const author = await env.open(env.stack.site.url);
  return { author, link: await createPaste(author.page, input) };
}

/** Waits until the page says the paste is not found (expired, burned or deleted). */
export async function pasteNotFound(page: Page): Promise<void> {
  await page.getByRole('heading', { name: 'Paste not found' }).waitFor({ timeout: 60_000 });
}

/** Waits until the page shows the opened paste's text, `text`. */
export async function shownText(page: Page, text: string, timeout = 60_000): Promise<void> {
  await expect.poll(() => page.locator('.paste-text').textContent(), { timeout }).toBe(text);
}

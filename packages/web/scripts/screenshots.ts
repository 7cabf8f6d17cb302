// Screenshots of the main screens, light and dark, for the README: the editor, the share
// screen, opened pastes (markdown, code, an image attachment), and the reader's prompts and
// failure state; then the editor, share and view screens in other languages (Arabic right to
// left), taken on the local stack (`npm run screenshots -w web`).
import { mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { chromiumAvailability } from '@pastenym/test-browser';
import { buildApp, PACKAGE_DIR } from '../test/support/build.js';
import { gotoConnected, launchBrowser, openContext } from '../test/support/browser.js';
import { createPaste } from '../test/support/paste-ui.js';
import { startLocalStack, type LocalStack } from '../test/support/stack.js';
import { SAMPLE_CODE, SAMPLE_MARKDOWN } from './samples.js';

type Scheme = 'light' | 'dark';
// The project's docs folder, two levels above the package.
const outDir = join(PACKAGE_DIR, '..', '..', 'docs', 'screenshots');
const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(outDir, `${name}.png`), fullPage: true });

async function withPage(
  browser: Browser,
  { scheme, width = 1100, locale = 'en-US' }: { scheme: Scheme; width?: number; locale?: string },
  run: (page: Page) => Promise<void>,
) {
  const { page, context } = await openContext(browser, {
    colorScheme: scheme,
    viewport: { width, height: 900 },
    locale,
  });
  try {
    await run(page);
  } finally {
    await context.close();
  }
}

async function mainScreens(browser: Browser, stack: LocalStack, scheme: Scheme): Promise<void> {
  await withPage(browser, { scheme }, async (page) => {
    await gotoConnected(page, stack.site.url);
    await page.getByLabel('Text of the paste').fill(SAMPLE_MARKDOWN);
    await page.getByText('Markdown', { exact: true }).click();
    await page.getByRole('combobox', { name: 'Expires after' }).waitFor();
    await page.getByLabel('Limited views').check();
    await shot(page, `create-${scheme}`);
    await page.getByRole('button', { name: 'Create paste' }).click();
    await page.getByRole('heading', { name: 'Your paste is ready' }).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Show QR code' }).click();
    await shot(page, `share-${scheme}`);
    await page.goto(await page.getByRole('textbox', { name: 'Share link' }).inputValue());
    await page.locator('.markdown-body h1').waitFor({ timeout: 60_000 });
    await shot(page, `view-${scheme}`);
  });
  await withPage(browser, { scheme }, async (page) => {
    await gotoConnected(page, stack.site.url);
    const image = await page.screenshot({ clip: { x: 0, y: 0, width: 640, height: 260 } });
    const link = await createPaste(page, {
      text: SAMPLE_CODE,
      format: 'Code',
      language: 'rust',
      files: [{ name: 'header.png', mimeType: 'image/png', buffer: image }],
    });
    await page.goto(link);
    await page.locator('.attachment-preview img').waitFor({ timeout: 60_000 });
    await shot(page, `code-${scheme}`);
  });
}

async function readerStates(browser: Browser, stack: LocalStack, scheme: Scheme): Promise<void> {
  let link = '';
  await withPage(browser, { scheme }, async (page) => {
    await gotoConnected(page, stack.site.url);
    link = await createPaste(page, { text: 'once', burn: true, confirm: true, password: 'pw' });
  });
  await withPage(browser, { scheme }, async (page) => {
    await page.goto(link);
    await page.getByRole('heading', { name: 'Open this paste?' }).waitFor();
    await shot(page, `confirm-${scheme}`);
    await page.getByRole('button', { name: 'Open the paste' }).click();
    await page.getByLabel('Password', { exact: true }).fill('wrong');
    await page.getByRole('button', { name: 'Open' }).click();
    await page.getByText('Wrong password. Try again.').waitFor({ timeout: 60_000 });
    await shot(page, `password-${scheme}`);
  });
  await withPage(browser, { scheme }, async (page) => {
    await page.goto(link);
    await page.getByRole('button', { name: 'Open the paste' }).click();
    await page.getByLabel('Password', { exact: true }).fill('pw');
    await page.getByRole('button', { name: 'Open' }).click();
    await page.getByRole('heading', { name: 'Paste not found' }).waitFor({ timeout: 60_000 });
    await shot(page, `not-found-${scheme}`);
  });
}

/** The editor, share and view screens in the browser language `locale`, found by structure. */
async function otherLanguage(
  browser: Browser,
  stack: LocalStack,
  locale: string,
  screens: { create?: string; share?: string; view?: string },
): Promise<void> {
  await withPage(browser, { scheme: 'light', locale }, async (page) => {
    await gotoConnected(page, stack.site.url);
    await page.locator('.editor-text').fill(SAMPLE_MARKDOWN);
    await page.locator('.segmented input[type="radio"]').nth(1).check();
    await page.locator('.options select').waitFor();
    await page.locator('.options input[type="radio"]').nth(2).check();
    if (screens.create) await shot(page, screens.create);
    await page.locator('button[type="submit"]').click();
    await page.locator('.share').waitFor({ timeout: 60_000 });
    if (screens.share) await shot(page, screens.share);
    await page.goto(await page.locator('.copy-field input').first().inputValue());
    await page.locator('.markdown-body h1').waitFor({ timeout: 60_000 });
    if (screens.view) await shot(page, screens.view);
  });
}

const availability = chromiumAvailability();
if (!availability.available) process.exit(1);
await mkdir(outDir, { recursive: true });
const appDir = await buildApp();
const stack = await startLocalStack(appDir);
const browser = await launchBrowser(availability.executablePath);
try {
  for (const scheme of ['light', 'dark'] as const) {
    await mainScreens(browser, stack, scheme);
    await readerStates(browser, stack, scheme);
  }
  await withPage(browser, { scheme: 'light', width: 390 }, async (page) => {
    await gotoConnected(page, stack.site.url);
    await page.getByRole('combobox', { name: 'Expires after' }).waitFor();
    await shot(page, 'create-phone');
  });
  await otherLanguage(browser, stack, 'de-DE', { create: 'create-de', view: 'view-de' });
  await otherLanguage(browser, stack, 'ar-EG', { create: 'create-ar', share: 'share-ar' });
  await otherLanguage(browser, stack, 'ja-JP', { share: 'share-ja', view: 'view-ja' });
  await otherLanguage(browser, stack, 'ru-RU', { create: 'create-ru' });
  console.log(`screenshots in ${outDir}`);
} finally {
  await browser.close();
  await stack.close();
  await rm(dirname(appDir), { recursive: true, force: true });
}

// The XSS corpus against the built page in Chromium: every payload in markdown, highlighted
// code, raw text, the editor's preview and attachment names; hostile attachment contents. Run
// twice: with the site's CSP and Trusted Types (no violation may even be reported, so the
// sanitiser stopped everything first), and with the CSP taken away (the sanitiser alone).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumAvailability } from '@pastenym/test-browser';
import { gotoConnected, reportedViolations, type OpenedPage } from './support/browser.js';
import { useBrowserStack, type BrowserStack } from './support/browser-stack.js';
import { createPaste } from './support/paste-ui.js';
import { FILE_CONTENTS, FILE_NAME_PAYLOADS, TEXT_PAYLOADS } from './support/xss-payloads.js';

const chromium = chromiumAvailability();

const CORPUS = TEXT_PAYLOADS.join('\n\n');
const FILES = [
  ...FILE_NAME_PAYLOADS.map((name) => ({
    name,
    mimeType: 'text/plain',
    buffer: Buffer.from('plain'),
  })),
  ...FILE_CONTENTS.map((file) => ({
    name: file.name,
    mimeType: file.mimeType,
    buffer: Buffer.from(file.body),
  })),
];
const HITS = `window.__hits = []; window.__xss = (n) => window.__hits.push(n);`;
const URL_ATTRIBUTES = [
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'data',
  'poster',
  'background',
];
const DANGEROUS =
  'script, iframe, frame, object, embed, svg, math, img, style, form, video, audio, link, meta, base, template';

/** Whatever in the rendered paste could run script. */
function dangerousNodes(page: Page): Promise<string[]> {
  return page.evaluate(
    ({ selector, urlAttributes }) => {
      const found: string[] = [];
      for (const root of document.querySelectorAll(
        '.markdown-body, .paste-text, .preview, .attachment, .file-list',
      )) {
        for (const element of root.querySelectorAll('*')) {
          if (element.matches(selector)) found.push(`<${element.localName}>`);
          for (const attribute of element.getAttributeNames()) {
            const value = element.getAttribute(attribute) ?? '';
            if (attribute.startsWith('on')) found.push(`${element.localName}[${attribute}]`);
            if (urlAttributes.includes(attribute) && /^\s*(javascript|data|vbscript):/i.test(value))
              found.push(`${element.localName}[${attribute}=${value.slice(0, 30)}]`);
          }
        }
      }
      return found;
    },
    { selector: DANGEROUS, urlAttributes: URL_ATTRIBUTES },
  );
}

async function exercise(page: Page): Promise<void> {
  await page.mouse.move(10, 10);
  await page.mouse.move(600, 500, { steps: 5 });
  for (const link of await page.locator('main a[href]').all())
    await link.click({ modifiers: ['Shift'] }).catch(() => undefined);
  await page.waitForTimeout(300);
}

async function expectNothingRan(
  reader: OpenedPage,
  dialogs: string[],
  withCsp: boolean,
): Promise<void> {
  await exercise(reader.page);
  expect(
    await reader.page.evaluate(() => (window as unknown as { __hits: number[] }).__hits),
  ).toEqual([]);
  expect(dialogs).toEqual([]);
  expect(await dangerousNodes(reader.page)).toEqual([]);
  if (withCsp) expect(await reportedViolations(reader.page)).toEqual([]);
}

async function reader(
  env: BrowserStack,
  url: string,
): Promise<{ reader: OpenedPage; dialogs: string[] }> {
  const page = await env.openPage();
  const dialogs: string[] = [];
  page.page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.context.on('page', (popup) => void popup.close());
  await page.page.addInitScript(HITS);
  await gotoConnected(page.page, url);
  return { reader: page, dialogs };
}

describe.skipIf(!chromium.available)('the XSS corpus runs no script (Chromium)', () => {
  const env = useBrowserStack(chromium);
  let noCspUrl: string;

  beforeAll(async () => {
    const bare = await env.stack.serveAgain({
      csp: '',
      transformIndex: (html) =>
        html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ''),
    });
    noCspUrl = bare.url;
  });

  for (const withCsp of [true, false]) {
    const site = () => (withCsp ? env.stack.site.url : noCspUrl);
    const label = withCsp ? 'with the CSP' : 'without the CSP (sanitiser alone)';

    it(`in the editor's previews and file list, ${label}`, async () => {
      const { reader: author, dialogs } = await reader(env, site());
      await author.page.getByLabel('Text of the paste').fill(CORPUS);
      await author.page.getByText('Markdown', { exact: true }).click();
      const chooser = author.page.waitForEvent('filechooser');
      await author.page.getByRole('button', { name: 'choose files' }).click();
      await (await chooser).setFiles(FILES);
      for (const name of FILE_NAME_PAYLOADS)
        await author.page.locator('.file-list').getByText(name, { exact: true }).waitFor();
      await author.page.getByRole('button', { name: 'Preview' }).click();
      await author.page.locator('.preview .markdown-body').waitFor();
      await expectNothingRan(author, dialogs, withCsp);
      await author.page.getByRole('button', { name: 'Edit' }).click();
      await author.page.getByText('Code', { exact: true }).click();
      await author.page.getByRole('button', { name: 'Preview' }).click();
      await author.page.locator('.preview pre.code').waitFor();
      await expectNothingRan(author, dialogs, withCsp);
    });

    it(`in an opened paste as markdown, code and raw, with hostile attachments, ${label}`, async () => {
      const author = await env.open(site());
      const link = await createPaste(author.page, {
        text: CORPUS,
        format: 'Markdown',
        files: FILES,
      });
      const { reader: page, dialogs } = await reader(env, link);
      await page.page.locator('.markdown-body').waitFor({ timeout: 60_000 });
      await expectNothingRan(page, dialogs, withCsp);
      for (const name of FILE_NAME_PAYLOADS)
        await page.page.locator('.attachment').getByText(name, { exact: true }).waitFor();
      // An SVG, an HTML page and HTML claiming to be a PNG: downloads only, never previews.
      expect(await page.page.locator('.attachment-preview').count()).toBe(0);
      await page.page.getByRole('button', { name: 'Code', exact: true }).click();
      await page.page.locator('pre.code').waitFor();
      await expectNothingRan(page, dialogs, withCsp);
      await page.page.getByRole('button', { name: 'Raw', exact: true }).click();
      await expect.poll(() => page.page.locator('pre.paste-text').textContent()).toBe(CORPUS);
      await expectNothingRan(page, dialogs, withCsp);
    });

    it(`in code highlighted as HTML/XML, ${label}`, async () => {
      const author = await env.open(site());
      const link = await createPaste(author.page, {
        text: CORPUS,
        format: 'Code',
        language: 'xml',
      });
      expect(link).toContain('&fmt=code&lang=xml');
      const { reader: page, dialogs } = await reader(env, link);
      await page.page.locator('pre.code[data-language="xml"]').waitFor({ timeout: 60_000 });
      await expectNothingRan(page, dialogs, withCsp);
    });
  }
});

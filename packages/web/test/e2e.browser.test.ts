// End to end in headless Chromium against the local stack: the built page, a real local mixnet
// (the page's client core in a Web Worker), the nym-client stand-in and the paste service.
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { chromiumAvailability } from '@pastenym/test-browser';
import { reportedViolations } from './support/browser.js';
import { useBrowserStack } from './support/browser-stack.js';
import { createInNewPage, pasteNotFound, shownText } from './support/paste-ui.js';
import { plantV2Paste } from './support/v2-paste.js';

const chromium = chromiumAvailability();

describe.skipIf(!chromium.available)('the web app on the local mixnet (Chromium)', () => {
  const env = useBrowserStack(chromium);

  it('creates a paste, and a second browser opens its link and sees the text', async () => {
    const { author: alice, link } = await createInNewPage(env, {
      text: 'meet at noon\nby the fountain',
      format: 'Plain text',
    });
    expect(link).toMatch(/#\/[A-Za-z0-9_-]+&key=[1-9A-HJ-NP-Za-km-z]+/);
    const bob = await env.open(link, { connected: false });
    await shownText(bob.page, 'meet at noon\nby the fountain');
    expect(await reportedViolations(alice.page)).toEqual([]);
    expect(await reportedViolations(bob.page)).toEqual([]);
    expect([...alice.record.errors, ...bob.record.errors]).toEqual([]);
  });

  it('opens a v3 link without waiting for the pong of its first ping', async () => {
    const { link } = await createInNewPage(env, { text: 'no ping needed', format: 'Plain text' });
    // The server answers everything but pings: the reader fetches at once all the same.
    const release = env.stack.server.holdPongs();
    try {
      const bob = await env.open(link, { connected: false });
      await shownText(bob.page, 'no ping needed', 30_000);
      // Opened while the ping still waits: a reader held back by it would only have fetched
      // once the ping gave up (10 s), after the page said the server does not answer.
      expect(await bob.page.getByText(/paste server does not answer/).count()).toBe(0);
    } finally {
      release();
    }
  });

  it('burns after reading: the second open says not found, expired or burned', async () => {
    const { link } = await createInNewPage(env, { text: 'read once', burn: true, confirm: false });
    const first = await env.open(link, { connected: false });
    await first.page.getByText('This was the last view').waitFor({ timeout: 60_000 });
    expect(await first.page.locator('.paste-text').textContent()).toBe('read once');
    const second = await env.open(link, { connected: false });
    await pasteNotFound(second.page);
    expect(await second.page.getByText(/burned after reading/).count()).toBe(1);
  });

  it('asks for the password, refuses a wrong one and opens with the right one', async () => {
    const { link } = await createInNewPage(env, {
      text: 'behind a password',
      password: 'correct horse',
      burn: true,
      confirm: false,
    });
    expect(link).toContain('&pw=1');
    const reader = await env.open(link, { connected: false });
    const field = reader.page.getByLabel('Password', { exact: true });
    await field.fill('wrong horse');
    await reader.page.getByRole('button', { name: 'Open' }).click();
    await reader.page.getByText('Wrong password. Try again.').waitFor({ timeout: 60_000 });
    // The bundle was kept: the right password opens the one-time paste without a second fetch.
    await field.fill('correct horse');
    await reader.page.getByRole('button', { name: 'Open' }).click();
    await shownText(reader.page, 'behind a password');
  });

  it('downloads an attachment byte for byte', async () => {
    const bytes = Buffer.from(
      Array.from({ length: 300_000 }, (_, i) => (i * 7919 + (i >> 8)) & 0xff),
    );
    const { link } = await createInNewPage(env, {
      text: 'a file',
      files: [
        {
          name: '<img src=x onerror=alert(1)>.bin',
          mimeType: 'application/octet-stream',
          buffer: bytes,
        },
      ],
    });
    const reader = await env.open(link, { connected: false });
    const button = reader.page.getByRole('button', { name: /^Download <img/ });
    await button.waitFor({ timeout: 60_000 });
    const download = reader.page.waitForEvent('download');
    await button.click();
    const saved = await (await download).path();
    expect(Buffer.compare(await readFile(saved), bytes)).toBe(0);
    expect((await download).suggestedFilename()).not.toMatch(/[/\\]/);
  });

  it('shows the fragments received while a large paste arrives', async () => {
    // Random bytes, so the 2 MB stay 2 MB and arrive in many fragments.
    const bytes = randomBytes(2 * 1024 * 1024);
    const { link } = await createInNewPage(env, {
      text: 'a large file',
      files: [{ name: 'large.bin', mimeType: 'application/octet-stream', buffer: bytes }],
    });
    const reader = await env.open(link, { connected: false });
    const line = reader.page.getByText(/^Fragments received: \d+ of \d+$/);
    await line.waitFor({ timeout: 120_000 });
    const [, received, total] = /(\d+) of (\d+)/.exec((await line.textContent()) ?? '') ?? [];
    expect(Number(total)).toBeGreaterThan(1);
    expect(Number(received)).toBeLessThanOrEqual(Number(total));
    await reader.page
      .getByRole('button', { name: /^Download large\.bin/ })
      .waitFor({ timeout: 120_000 });
    expect(await line.count()).toBe(0);
  }, 300_000);

  it('takes attachments from drops and the clipboard, and refuses what exceeds the server’s limit before upload', async () => {
    const { page } = await env.open(env.stack.site.url);
    await page.getByText(/of the 4 MB this server accepts/).waitFor({ timeout: 10_000 });
    const dropped = await page.evaluateHandle(() => {
      const data = new DataTransfer();
      data.items.add(new File(['dropped bytes'], 'dropped.txt', { type: 'text/plain' }));
      return data;
    });
    await page.locator('.drop-zone').dispatchEvent('drop', { dataTransfer: dropped });
    await page
      .locator('.file-list')
      .getByText('dropped.txt', { exact: true })
      .waitFor({ timeout: 10_000 });
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(5 * 1024 * 1024)], 'pasted.bin'));
      document.body.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true }),
      );
    });
    await page
      .locator('.file-list')
      .getByText('pasted.bin', { exact: true })
      .waitFor({ timeout: 10_000 });
    await page
      .getByText(/^Too large: about 5(\.\d)? MB, and this server accepts at most 4 MB\.$/)
      .waitFor({ timeout: 10_000 });
    expect(await page.getByRole('button', { name: 'Create paste' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Remove pasted.bin' }).click();
    expect(await page.getByRole('button', { name: 'Create paste' }).isDisabled()).toBe(false);
  });

  it('creates a public paste, whose link has no key and which opens with an empty key', async () => {
    const { author, link } = await createInNewPage(env, { text: 'no secret here', public: true });
    expect(link).not.toContain('&key=');
    await author.page.getByText('Public: not encrypted').waitFor();
    // Without the page's `&pub=1` (as other clients write it), the reader gives an empty key.
    const reader = await env.open(link.replace('&pub=1', ''), { connected: false });
    await reader.page.getByRole('heading', { name: 'Key needed' }).waitFor({ timeout: 60_000 });
    await reader.page.getByRole('button', { name: 'Open' }).click();
    await shownText(reader.page, 'no secret here');
  });

  it('opens a Pastenym v2 link (#/<id>&key=<key>)', async () => {
    const { id, key } = await plantV2Paste(env.stack.server.service, 'written by a v2 client');
    const reader = await env.open(`${env.stack.site.url}#/${id}&key=${key}`, { connected: false });
    await shownText(reader.page, 'written by a v2 client');
  });

  it('clones an opened paste into the editor, and its owner deletes it with the deletion link', async () => {
    const { author, link } = await createInNewPage(env, {
      text: 'fn main() {}',
      format: 'Code',
      language: 'rust',
    });
    const deletion = await author.page.getByRole('textbox', { name: /Deletion link/ }).inputValue();
    const reader = await env.open(link, { connected: false });
    await reader.page.locator('pre.code[data-language="rust"]').waitFor({ timeout: 60_000 });
    await reader.page.getByRole('button', { name: 'Clone' }).click();
    expect(await reader.page.getByLabel('Text of the paste').inputValue()).toBe('fn main() {}');
    expect(await reader.page.getByLabel('Language', { exact: true }).inputValue()).toBe('rust');

    const owner = await env.open(deletion);
    await owner.page.getByRole('button', { name: 'Delete the paste' }).click();
    await owner.page.getByRole('button', { name: 'Yes, delete' }).click();
    await owner.page.getByText('The paste was deleted.').waitFor({ timeout: 60_000 });
    const late = await env.open(link, { connected: false });
    await pasteNotFound(late.page);
  });

  it('fetches nothing before the reader confirms', async () => {
    const { link } = await createInNewPage(env, {
      text: 'confirm first',
      burn: true,
      confirm: true,
    });
    expect(link).toContain('&confirm=1');
    const waiting = await env.open(link);
    await waiting.page.getByRole('heading', { name: 'Open this paste?' }).waitFor();
    // Had the waiting page fetched, this one-time paste would be gone for the next reader.
    const reader = await env.open(link);
    await reader.page.getByRole('button', { name: 'Open the paste' }).click();
    await shownText(reader.page, 'confirm first');
    await waiting.page.getByRole('button', { name: 'Open the paste' }).click();
    await pasteNotFound(waiting.page);
  });

  it('requests nothing but its own files and the gateway websocket in a create-and-view session', async () => {
    const { author: session, link } = await createInNewPage(env, {
      text: '# Title\n\nsome *markdown*',
      format: 'Markdown',
    });
    await session.page.goto(link);
    await session.page.locator('.markdown-body h1').waitFor({ timeout: 60_000 });
    const origin = new URL(env.stack.site.url).origin;
    const foreign = session.record.requests.filter(
      (url) => new URL(url).origin !== origin && !url.startsWith('blob:'),
    );
    expect(foreign).toEqual([]);
    expect(new Set(session.record.websockets.map((url) => new URL(url).href))).toEqual(
      new Set([new URL(env.stack.gatewayUrl).href]),
    );
    expect(session.record.requests.some((url) => url.endsWith('/config.json'))).toBe(true);
  });
});

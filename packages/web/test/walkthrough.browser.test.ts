// The rough edges of a first walk-through, in headless Chromium against the local stack: a
// silent server, keys, last chances, file names, public pastes, unsent text, clone, layout,
// the view limit and the address panel.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumAvailability } from '@pastenym/test-browser';
import { useBrowserStack } from './support/browser-stack.js';
import { createInNewPage, shownText } from './support/paste-ui.js';

const chromium = chromiumAvailability();

/** Another valid-looking server address at the same gateway, where nobody listens. */
function silentAddress(address: string): string {
  const [identity = '', rest = ''] = address.split(/\.(.*)/s);
  const last = identity.at(-1) === '2' ? '3' : '2';
  return `${identity.slice(0, -1)}${last}.${rest}`;
}

/** Whether closing the page asks first (a `beforeunload` dialog, dismissed: the page stays). */
async function closeAsks(page: Page): Promise<boolean> {
  const asked = new Promise<boolean>((resolve) => {
    page.once('dialog', (dialog) => {
      resolve(dialog.type() === 'beforeunload');
      void dialog.dismiss();
    });
    page.once('close', () => resolve(false));
  });
  await page.close({ runBeforeUnload: true });
  return asked;
}

describe.skipIf(!chromium.available)('a first walk-through (Chromium)', () => {
  const env = useBrowserStack(chromium);

  it('says within seconds that the server does not answer, and keeps the editor usable', async () => {
    const base = env.stack.config;
    const silent = await env.stack.serveAgain({
      config: async () => {
        const config = await base();
        return { ...config, serverAddress: silentAddress(config.serverAddress) };
      },
    });
    const { page } = await env.open(silent.url, { connected: false });
    await page.getByText('Connected, reaching the paste server…').waitFor({ timeout: 30_000 });
    // The ping gives up after 10 s (it used to wait 60 s with the options hidden).
    await page
      .locator('.status-text[data-state="down"]')
      .getByText('Connected, but the paste server does not answer')
      .waitFor({ timeout: 15_000 });
    await page.getByText(/does not answer through the mixnet\. Keep writing/).waitFor();
    const editor = page.getByLabel('Text of the paste');
    await editor.fill('written while the server is away');
    expect(await editor.inputValue()).toBe('written while the server is away');
    expect(await page.getByRole('button', { name: 'Create paste' }).isDisabled()).toBe(true);
    expect(await page.getByText('The paste server does not answer yet.').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Retry' }).count()).toBeGreaterThan(0);
  });

  it('tells a wrong key from a missing one, and takes a whole link in the key box', async () => {
    const { link } = await createInNewPage(env, { text: 'the key matters' });
    const withoutKey = link.replace(/&key=[^&]+/, '');
    const reader = await env.open(withoutKey, { connected: false });
    await reader.page.getByRole('heading', { name: 'Key needed' }).waitFor({ timeout: 30_000 });
    const box = reader.page.getByLabel('Key or link');
    await box.fill('3yQ8wrongwrongwrongwrongwrongwrongwrongwrongw');
    await reader.page.getByRole('button', { name: 'Open', exact: true }).click();
    await reader.page.getByRole('heading', { name: 'Wrong key' }).waitFor({ timeout: 60_000 });
    expect(await reader.page.getByText('This link has no key').count()).toBe(0);
    await box.fill(link);
    await reader.page.getByRole('button', { name: 'Open', exact: true }).click();
    await shownText(reader.page, 'the key matters');
  });

  it('says the tab is the last chance once a one-time paste was fetched, and asks before closing it', async () => {
    const { link } = await createInNewPage(env, { text: 'only once', burn: true, confirm: false });
    const reader = await env.open(
      link.replace(/&key=[^&]+/, '&key=4wrongwrongwrongwrongwrongwrongwrongwrong'),
      { connected: false },
    );
    await reader.page.getByRole('heading', { name: 'Wrong key' }).waitFor({ timeout: 60_000 });
    await reader.page.getByText(/This tab now holds the only copy/).waitFor();
    expect(await closeAsks(reader.page)).toBe(true);
    // Still open, still holding the copy: the right key opens it without another fetch.
    await reader.page.getByLabel('Key or link').fill(link);
    await reader.page.getByRole('button', { name: 'Open', exact: true }).click();
    await shownText(reader.page, 'only once');
    await reader.page.getByText(/This tab now holds the only copy/).waitFor();
  });

  it('shows the bidirectional controls of a file name, and its real extension', async () => {
    const name = 'evil\u202Egnp.exe';
    const alice = await env.open(env.stack.site.url);
    await alice.page.getByLabel('Text of the paste').fill('see the file');
    const chooser = alice.page.waitForEvent('filechooser');
    await alice.page.getByRole('button', { name: 'choose files' }).click();
    await (
      await chooser
    ).setFiles([{ name, mimeType: 'application/octet-stream', buffer: Buffer.from('MZ') }]);
    const listed = alice.page.locator('.file-list .file-name');
    await expect.poll(() => listed.textContent()).toBe('evil⟨U+202E⟩gnp.exe');
    await alice.page.getByRole('combobox', { name: 'Expires after' }).waitFor();
    await alice.page.getByRole('button', { name: 'Create paste' }).click();
    await alice.page
      .getByRole('heading', { name: 'Your paste is ready' })
      .waitFor({ timeout: 60_000 });
    const link = await alice.page.getByRole('textbox', { name: 'Share link' }).inputValue();
    const reader = await env.open(link, { connected: false });
    const shown = reader.page.locator('.attachment .file-name');
    await shown.waitFor({ timeout: 60_000 });
    expect(await shown.textContent()).toBe('evil⟨U+202E⟩gnp.exe');
    expect(await shown.textContent()).toMatch(/\.exe$/);
    const download = reader.page.waitForEvent('download');
    await reader.page.getByRole('button', { name: /^Download evil/ }).click();
    expect((await download).suggestedFilename()).toBe('evil_gnp.exe');
  });

  it('creates a public paste after a clear warning, and its link opens without a key', async () => {
    const { page } = await env.open(env.stack.site.url);
    await page.getByLabel('Text of the paste').fill('for everyone');
    await page.getByLabel('Password (optional)').fill('not allowed with public');
    await page.getByLabel('Public paste (not encrypted)').check();
    await page.getByText(/This paste will NOT be encrypted/).waitFor();
    expect(await page.getByLabel('Password (optional)').isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Create paste' }).click();
    await page.getByRole('heading', { name: 'Your paste is ready' }).waitFor({ timeout: 60_000 });
    await page.getByText('Public: not encrypted').waitFor();
    const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
    expect(link).toContain('&pub=1');
    expect(link).not.toContain('key=');
    const reader = await env.open(link, { connected: false });
    await shownText(reader.page, 'for everyone');
  });

  it('asks before a tab with unsent text closes, and keeps that text off the disk', async () => {
    const empty = await env.open(env.stack.site.url);
    expect(await closeAsks(empty.page)).toBe(false);
    const { page } = await env.open(env.stack.site.url);
    await page.getByLabel('Text of the paste').click();
    await page.keyboard.type('a secret draft');
    const stored = await page.evaluate(() => ({
      local: Object.entries(localStorage),
      session: Object.entries(sessionStorage),
    }));
    expect(JSON.stringify(stored)).not.toContain('secret draft');
    expect(stored.session).toEqual([]);
    expect(await closeAsks(page)).toBe(true);
  });

  it('clones a paste with its format', async () => {
    const { link } = await createInNewPage(env, {
      text: '# Notes\n\n- one\n- two',
      format: 'Markdown',
    });
    const reader = await env.open(link, { connected: false });
    await reader.page.locator('.markdown-body h1').waitFor({ timeout: 60_000 });
    await reader.page.getByRole('button', { name: 'Clone' }).click();
    expect(await reader.page.getByLabel('Text of the paste').inputValue()).toBe(
      '# Notes\n\n- one\n- two',
    );
    expect(await reader.page.getByRole('radio', { name: 'Markdown' }).isChecked()).toBe(true);
  });

  it('keeps "Create paste" in view on a laptop and a phone, however long the text', async () => {
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 390, height: 844 },
    ]) {
      const { page } = await env.open(env.stack.site.url, { viewport });
      await page.getByRole('combobox', { name: 'Expires after' }).waitFor();
      await page.getByLabel('Text of the paste').fill('line\n'.repeat(200));
      await page.evaluate(() => window.scrollTo(0, 0));
      const box = await page.getByRole('button', { name: 'Create paste' }).boundingBox();
      expect(box).not.toBeNull();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
    }
  });

  it('says what the view limit accepts instead of changing what was typed', async () => {
    const { page } = await env.open(env.stack.site.url);
    await page.getByLabel('Text of the paste').fill('limited');
    await page.getByLabel('Limited views').check();
    const field = page.getByRole('spinbutton', { name: 'Views allowed' });
    await page.getByText('A whole number from 2 to 10,000.').waitFor();
    for (const typed of ['0', '99999']) {
      await field.fill(typed);
      await page.getByText(/^Enter a whole number from 2 to 10,000\./).waitFor();
      expect(await field.inputValue()).toBe(typed);
      expect(await field.getAttribute('aria-invalid')).toBe('true');
      expect(await page.getByRole('button', { name: 'Create paste' }).isDisabled()).toBe(true);
    }
    await field.fill('5');
    await page.getByText('A whole number from 2 to 10,000.').waitFor();
    expect(await page.getByRole('button', { name: 'Create paste' }).isDisabled()).toBe(false);
  });

  it('explains the address panel in plain words', async () => {
    const { page } = await env.open(env.stack.site.url);
    const panel = page.locator('details.address').filter({ hasText: 'How you stay anonymous' });
    await panel.locator('summary').click();
    await panel.getByText(/your browser has its own fresh address on the mixnet/).waitFor();
    await panel.getByText(/visits cannot be linked/).waitFor();
    expect(await page.getByText('Your address', { exact: true }).count()).toBe(0);
  });
});

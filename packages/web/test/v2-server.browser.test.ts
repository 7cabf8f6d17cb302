// The web app against a server that speaks Pastenym v2 only: the double written from the v2
// reference, on the local mixnet. The page tells it from the ping, says what the older format
// loses, and creates, reads and burns pastes in the original format.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { parsePasteLink, V2_FORMAT_LIMITATIONS } from '@pastenym/paste-protocol';
import { chromiumAvailability } from '@pastenym/test-browser';
import type { StaticServer } from '../src/node/static-server.js';
import { useBrowserStack } from './support/browser-stack.js';
import { createPaste, pasteNotFound, shownText } from './support/paste-ui.js';
import type { TestV2Server } from './support/v2-server.js';

const chromium = chromiumAvailability();
const WAIT = { timeout: 60_000 };

interface GoCliVector {
  readonly name: string;
  readonly key: string | null;
  readonly message: string;
  readonly expected: {
    readonly content: { readonly text: string; readonly attachments: { name: string }[] };
  };
}
/** The original Go CLI's exact `newText` requests (paste-protocol's frozen vectors). */
const goCliVectors = (
  JSON.parse(
    readFileSync(
      new URL('../../paste-protocol/test/vectors/go-cli-requests.json', import.meta.url),
      'utf8',
    ),
  ) as { vectors: GoCliVector[] }
).vectors;

describe.skipIf(!chromium.available)('the web app on a v2-only server (Chromium)', () => {
  const env = useBrowserStack(chromium);
  let v2: { readonly server: TestV2Server; readonly site: StaticServer };
  beforeAll(async () => {
    if (chromium.available) v2 = await env.stack.startV2Server();
  }, 60_000);

  const editor = async () => (await env.open(v2.site.url)).page;
  const reader = async (link: string) => (await env.open(link, { connected: false })).page;
  const stored = (link: string) => v2.server.double.texts.get(parsePasteLink(link)!.pasteId);

  it('says in the header that the server speaks only v2 and which protections are lost', async () => {
    const page = await editor();
    const notice = page.locator('.v2-notice');
    await notice.getByText('This server speaks only Pastenym v2').waitFor(WAIT);
    expect(await notice.count()).toBe(1);
    await notice.locator('summary').click();
    for (const line of V2_FORMAT_LIMITATIONS) await notice.getByText(line).waitFor();
    // v2 cannot carry a password: the editor does not offer one.
    await page.getByLabel('Public paste (not encrypted)').waitFor();
    expect(await page.getByLabel('Password (optional)').count()).toBe(0);

    const onOurs = (await env.open(env.stack.site.url)).page;
    await onOurs.getByLabel('Password (optional)').waitFor();
    expect(await onOurs.locator('.v2-notice').count()).toBe(0);
  });

  it('creates an encrypted paste in the original format, which another browser reads', async () => {
    const page = await editor();
    const link = await createPaste(page, {
      text: 'ünïcödé over v2\n<b>second</b> line',
      format: 'Plain text',
      confirm: false,
    });
    const parsed = parsePasteLink(link)!;
    expect(parsed.pasteId).toMatch(/^[A-Za-z0-9_-]{8}$/);
    expect(parsed.key).toMatch(/^[0-9a-z]{32}$/); // the Go CLI's key alphabet
    const kept = stored(link)!;
    expect(kept.encParams).toMatchObject({ mode: 'gcm', iter: 10_000, ks: 256 });
    expect(kept.text).not.toContain('second');
    await page.getByText('Original Pastenym v2 format (weaker), no deletion').waitFor();
    expect(await page.getByRole('textbox', { name: /Deletion link/ }).count()).toBe(0);

    await shownText(await reader(link), 'ünïcödé over v2\n<b>second</b> line');
  });

  it('burns after reading: the last view shows the text, the next says not found', async () => {
    const link = await createPaste(await editor(), {
      text: 'read once on v2',
      burn: true,
      confirm: false,
    });
    expect(stored(link)?.burnView).toBe(1);
    const first = await reader(link);
    await first.getByText('This was the last view').waitFor(WAIT);
    expect(await first.locator('.paste-text').textContent()).toBe('read once on v2');
    expect(stored(link)).toBeUndefined();
    await pasteNotFound(await reader(link));
  });

  it('burns after the number of views asked for', async () => {
    const link = await createPaste(await editor(), { text: 'twice', views: 2, confirm: false });
    expect(stored(link)?.burnView).toBe(2);
    const first = await reader(link);
    await first.getByText('1 more view allowed.').waitFor(WAIT);
    const second = await reader(link);
    await second.getByText('This was the last view').waitFor(WAIT);
    await pasteNotFound(await reader(link));
  });

  it('asks for the expiry chosen, which the original enforces when it sweeps', async () => {
    const before = Date.now();
    const link = await createPaste(await editor(), { text: 'for an hour', expiry: '1 hour' });
    const expiresAt = stored(link)!.expiresAt!;
    expect(expiresAt).toBeGreaterThanOrEqual(before + 3_600_000);
    expect(expiresAt).toBeLessThanOrEqual(Date.now() + 3_600_000);
    const page = await reader(link);
    await shownText(page, 'for an hour');
    await page
      .getByText(/It expires in (about )?(1 hour|60 minutes) or less \(by .+\)\./)
      .waitFor();
    v2.server.advance(3_600_000);
    v2.server.double.sweep();
    await pasteNotFound(await reader(link));
  });

  it('attaches one file, which the reader downloads byte for byte; a second is refused before sending', async () => {
    const bytes = Buffer.from(
      Array.from({ length: 40_000 }, (_, i) => (i * 131 + (i >> 7)) & 0xff),
    );
    const file = { name: 'data.bin', mimeType: 'application/octet-stream', buffer: bytes };
    const page = await editor();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'choose files' }).click();
    await (await chooser).setFiles([file, { ...file, name: 'second.bin' }]);
    await page.getByText('This server (Pastenym v2) takes one attachment at most.').waitFor(WAIT);
    expect(await page.getByRole('button', { name: 'Create paste' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Remove second.bin' }).click();
    await page.getByRole('button', { name: 'Remove data.bin' }).click();

    const link = await createPaste(page, { text: 'one file', files: [file], confirm: false });
    const read = await reader(link);
    const button = read.getByRole('button', { name: 'Download data.bin' });
    await button.waitFor(WAIT);
    const download = read.waitForEvent('download');
    await button.click();
    expect(Buffer.compare(await readFile(await (await download).path()), bytes)).toBe(0);
  });

  it('creates a public paste, stored readable, which opens without a key', async () => {
    const page = await editor();
    const link = await createPaste(page, { text: 'for everyone', public: true });
    await page.getByText('Public: not encrypted').waitFor();
    expect(parsePasteLink(link)!.key).toBeUndefined();
    const kept = stored(link)!;
    expect(kept.encParams).toBeNull();
    expect(kept.text).toContain('for everyone');
    // The page's link says it is public and opens at once; without that mark (as the original
    // clients write it) the reader gives an empty key.
    await shownText(await reader(link), 'for everyone');
    const read = await reader(link.replace('&pub=1', ''));
    await read.getByRole('heading', { name: 'Key needed' }).waitFor(WAIT);
    await read.getByRole('button', { name: 'Open' }).click(); // empty key: public
    await shownText(read, 'for everyone');
  });

  it.each(goCliVectors)('opens what the Go CLI created ($name)', async (vector) => {
    const reply = v2.server.double.handle(new TextEncoder().encode(vector.message));
    const { url_id: id } = JSON.parse(new TextDecoder().decode(reply!)) as { url_id: string };
    const page = await reader(`${v2.site.url}#/${id}${vector.key ? `&key=${vector.key}` : ''}`);
    if (!vector.key) {
      await page.getByRole('heading', { name: 'Key needed' }).waitFor(WAIT);
      await page.getByRole('button', { name: 'Open' }).click();
    }
    await shownText(page, vector.expected.content.text);
    for (const { name } of vector.expected.content.attachments)
      await page.getByRole('button', { name: `Download ${name}` }).waitFor();
  });
});

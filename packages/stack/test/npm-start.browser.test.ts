// The "one command" promise, end to end: `npm start` serves a working app, the CLI example it
// prints works exactly as printed, the link it makes opens in Chromium, and Ctrl-C stops
// everything cleanly. Free ports and a fresh data dir keep it clear of a running stack.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { chromium as playwright, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, describeWithChromium } from '@pastenym/test-browser';
import { shellWord } from '../src/cli-example.js';
import {
  parseBanner,
  runInShell,
  startNpmStart,
  type Banner,
  type NpmStart,
} from './support/npm-start.js';

/** Covers a first run that builds the packages and the web app. */
const BANNER_TIMEOUT_MS = 180_000;
const CLI_TIMEOUT_MS = 120_000;
const PAGE_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 30_000;
const LINK_PLACEHOLDER = "'<the link it prints>'";

describeWithChromium('npm start (Chromium)', (executablePath) => {
  let dataDir: string;
  let stack: NpmStart | undefined;
  let banner: Banner;
  let browser: Browser | undefined;
  let text: string;
  let link: string | undefined;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'pastenym-npm-start-'));
    // 0: any free port (the directory, mix nodes and gateways included).
    stack = startNpmStart(
      ['--data-dir', dataDir, '--port', '0', '--mixnet-base-port', '0', '--nym-client-port', '0'],
      BANNER_TIMEOUT_MS,
    );
    banner = parseBanner(await stack.banner);
    text = /^echo "([^"]+)" \|/.exec(banner.create)?.[1] ?? '';
    expect(text, banner.create).not.toBe('');
    browser = await playwright.launch({
      executablePath,
      args: CHROMIUM_ARGS,
    });
  }, BANNER_TIMEOUT_MS + 30_000);

  afterAll(async () => {
    await browser?.close();
    if (stack?.groupAlive()) {
      stack.kill();
      await stack.exited;
    }
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it(
    'creates a paste with the printed CLI example, and the page opens its link',
    async () => {
      const created = await runInShell(banner.create, CLI_TIMEOUT_MS);
      link = created.stdout.trim();
      expect(
        link.startsWith(`${banner.webUrl}/#/`),
        `${link} is not a link to ${banner.webUrl}`,
      ).toBe(true);
      const context = await browser!.newContext();
      const errors: string[] = [];
      const page = await context.newPage();
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.text().includes('Content Security Policy')) errors.push(message.text());
      });
      await page.goto(link);
      await expect
        .poll(() => page.locator('.paste-text').textContent(), { timeout: PAGE_TIMEOUT_MS })
        .toBe(`${text}\n`);
      expect(errors).toEqual([]);
      await context.close();
    },
    CLI_TIMEOUT_MS + PAGE_TIMEOUT_MS,
  );

  it('serves the page with a policy that lets it connect to its origin and the gateways only', async () => {
    const response = await fetch(`${banner.webUrl}/`);
    const policy = response.headers.get('content-security-policy') ?? '';
    const connect = policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .find(([name]) => name === 'connect-src');
    expect(connect, policy).toBeDefined();
    const [, ...sources] = connect!;
    expect(sources[0]).toBe("'self'");
    // Two gateways, each by exact host and port: no wildcards, no other origin.
    expect(sources.slice(1)).toHaveLength(2);
    for (const source of sources.slice(1)) expect(source).toMatch(/^ws:\/\/127\.0\.0\.1:\d+$/);
    expect(policy).toContain("frame-ancestors 'none'");
  });

  it(
    'reads the paste back with the printed get example',
    async () => {
      expect(link, 'the create example made no link').toBeDefined();
      expect(banner.get).toContain(LINK_PLACEHOLDER);
      const read = await runInShell(
        banner.get.replace(LINK_PLACEHOLDER, shellWord(link!)),
        CLI_TIMEOUT_MS,
      );
      expect(read.stdout).toBe(`${text}\n`);
    },
    CLI_TIMEOUT_MS,
  );

  it(
    'stops everything cleanly on Ctrl-C',
    async () => {
      const deadline = Date.now() + STOP_TIMEOUT_MS;
      stack!.interrupt();
      let timer: NodeJS.Timeout | undefined;
      const exit = await Promise.race([
        stack!.exited,
        new Promise<'timeout'>(
          (resolve) => (timer = setTimeout(resolve, STOP_TIMEOUT_MS, 'timeout')),
        ),
      ]).finally(() => clearTimeout(timer));
      expect(exit, stack!.output()).toEqual({ code: 0, signal: null });
      // No mix node, gateway or other helper outlives the stack.
      await expect
        .poll(() => stack!.groupAlive(), { timeout: Math.max(1000, deadline - Date.now()) })
        .toBe(false);
    },
    STOP_TIMEOUT_MS + 5_000,
  );
});

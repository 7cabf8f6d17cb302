// What every browser test file sets up: the page built once, the local stack serving it, one
// Chromium, and every context the file opened, all closed and removed after the file.
import { rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { BrowserAvailability } from '@pastenym/test-browser';
import {
  gotoConnected,
  launchBrowser,
  openContext,
  type ContextOptions,
  type OpenedPage,
} from './browser.js';
import { buildApp } from './build.js';
import { startLocalStack, type LocalStack } from './stack.js';

/** The file's stack and browser; usable inside its tests (after `beforeAll`). */
export interface BrowserStack {
  readonly stack: LocalStack;
  readonly browser: Browser;
  /** A new recorded context (another person's browser) on a blank page, closed after the file. */
  openPage(options?: ContextOptions): Promise<OpenedPage>;
  /** `openPage`, then loads `url`; unless `connected` is false, waits until it is connected. */
  open(url: string, options?: ContextOptions & { connected?: boolean }): Promise<OpenedPage>;
}

/**
 * Registers the `beforeAll` that builds the page, starts the stack and launches Chromium, and
 * the `afterAll` that stops them; call it inside a `describe.skipIf(!chromium.available)`.
 */
export function useBrowserStack(
  chromium: BrowserAvailability,
  options: { readonly difficulty?: number } = {},
): BrowserStack {
  let stack: LocalStack | undefined;
  let browser: Browser | undefined;
  let appDir: string | undefined;
  const opened: OpenedPage[] = [];

  beforeAll(async () => {
    if (!chromium.available) return;
    appDir = await buildApp();
    stack = await startLocalStack(appDir, options);
    browser = await launchBrowser(chromium.executablePath);
  }, 120_000);

  afterAll(async () => {
    for (const page of opened) await page.context.close().catch(() => undefined);
    await browser?.close();
    await stack?.close();
    if (appDir) await rm(dirname(appDir), { recursive: true, force: true });
  });

  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the browser stack is not started');
    return value;
  };
  const openPage = async (contextOptions?: ContextOptions) => {
    const page = await openContext(started(browser), contextOptions);
    opened.push(page);
    return page;
  };
  return {
    get stack() {
      return started(stack);
    },
    get browser() {
      return started(browser);
    },
    openPage,
    async open(url, { connected = true, ...contextOptions } = {}) {
      const page = await openPage(contextOptions);
      await (connected ? gotoConnected(page.page, url) : page.page.goto(url));
      return page;
    },
  };
}

// Headless Debian Chromium through playwright-core, with a recorder of everything a page does
// on the network and every Content-Security-Policy violation.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '@pastenym/test-browser';

export function launchBrowser(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/** What a page did: requests (pages and workers), websockets, CSP violations, errors. */
export interface PageRecord {
  readonly requests: string[];
  readonly websockets: string[];
  readonly violations: string[];
  readonly errors: string[];
}

export interface OpenedPage {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly record: PageRecord;
}

const WATCH_VIOLATIONS = `
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sample + ' ' + e.sourceFile + ':' + e.lineNumber + ':' + e.columnNumber);
  });
`;

/** How a context looks to the page: colours, window size, the browser's language. */
export interface ContextOptions {
  readonly colorScheme?: 'light' | 'dark';
  readonly viewport?: { width: number; height: number };
  /** The browser's language (`navigator.languages`); default English. */
  readonly locale?: string;
}

/** A new context (its own storage, like another person's browser) with one recorded page. */
export async function openContext(
  browser: Browser,
  options: ContextOptions = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1200, height: 900 },
    locale: options.locale ?? 'en-US',
    acceptDownloads: true,
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const record: PageRecord = { requests: [], websockets: [], violations: [], errors: [] };
  context.on('request', (request) => record.requests.push(request.url()));
  const page = await context.newPage();
  page.on('websocket', (socket) => record.websockets.push(socket.url()));
  page.on('pageerror', (error) => record.errors.push(error.message));
  page.on('console', (message) => {
    const text = message.text();
    if (/Content Security Policy|Trusted Type/i.test(text)) record.violations.push(text);
  });
  await page.addInitScript(WATCH_VIOLATIONS);
  return { context, page, record };
}

/**
 * CSP violations the page itself reported, except those of the sanitiser's inert parse:
 * Chromium checks inline handlers, styles and `<base>` against the page's policy while
 * DOMParser builds the inert document DOMPurify then cleans, so such payloads are reported
 * there (and blocked) before they are removed. What remains would come from the live page.
 */
export async function reportedViolations(page: Page): Promise<string[]> {
  const all = await page.evaluate(
    () => (window as unknown as { __violations: string[] }).__violations ?? [],
  );
  return all.filter(
    (line) =>
      line.startsWith('require-trusted-types-for') || !/\/assets\/render-[\w-]+\.js:/.test(line),
  );
}

/** Loads the page and waits until it is connected and the server's options are shown. */
export async function gotoConnected(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('.status-text[data-state="connected"]').waitFor({ timeout: 60_000 });
}

// Honest waiting on the anti-spam puzzle, in headless Chromium against a server that asks for a
// hard one: the page says the difficulty, the average number of tries and the time it takes.
import { describe, expect, it } from 'vitest';
import { chromiumAvailability } from '@pastenym/test-browser';
import { gotoConnected } from './support/browser.js';
import { useBrowserStack } from './support/browser-stack.js';

const chromium = chromiumAvailability();

/** About 4 million tries on average: seconds of hashing, so progress is reported many times. */
const DIFFICULTY = 22;

// Every text the progress line shows, as it changes (the puzzle's line may be brief).
const RECORD_PROGRESS = `
  window.__progress = [];
  new MutationObserver(() => {
    for (const el of document.querySelectorAll('.progress')) {
      const text = el.textContent;
      if (window.__progress.at(-1) !== text) window.__progress.push(text);
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
`;

describe.skipIf(!chromium.available)('the anti-spam puzzle (Chromium)', () => {
  const env = useBrowserStack(chromium, { difficulty: DIFFICULTY });

  it('says why it takes time: the server’s difficulty, the average tries and the time on this device', async () => {
    const { page } = await env.openPage();
    await page.addInitScript(RECORD_PROGRESS);
    await gotoConnected(page, env.stack.site.url);
    await page.getByLabel('Text of the paste').fill('worth the wait');
    await page.getByRole('combobox', { name: 'Expires after' }).waitFor();
    await page.getByRole('button', { name: 'Create paste' }).click();
    await page.getByText(/Solving the anti-spam puzzle…/).waitFor({ timeout: 60_000 });
    await page.getByRole('heading', { name: 'Your paste is ready' }).waitFor({ timeout: 180_000 });
    const shown = await page.evaluate(
      () => (window as unknown as { __progress: string[] }).__progress,
    );
    const puzzle = shown.filter((text) => text.startsWith('Solving the anti-spam puzzle'));
    expect(puzzle.length).toBeGreaterThan(0);
    // The server's base, plus the price of this paste's size and lifetime (at least the base).
    const asked = /puzzle of difficulty (\d+): ([\d,]+) tries on average/.exec(puzzle[0]!);
    const difficulty = Number(asked?.[1]);
    expect(difficulty).toBeGreaterThanOrEqual(DIFFICULTY);
    expect(asked?.[2]).toBe((2 ** difficulty).toLocaleString('en-US'));
    expect(
      puzzle.some((text) => /That takes about \d+ (second|minute)s? on this device\./.test(text)),
    ).toBe(true);
  }, 240_000);
});

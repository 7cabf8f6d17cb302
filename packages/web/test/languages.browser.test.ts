// The page in the reader's language, in headless Chromium against the local stack: detection
// from the browser, the remembered picker, catalogs fetched only when needed, right-to-left
// layout, and plurals and dates by locale.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumAvailability } from '@pastenym/test-browser';
import type { Catalog } from '../src/i18n/catalog.js';
import de from '../src/i18n/locales/de.js';
import en from '../src/i18n/locales/en.js';
import { useBrowserStack } from './support/browser-stack.js';
import { shownText } from './support/paste-ui.js';

const chromium = chromiumAvailability();

/** A request for a lazily loaded catalog chunk (`assets/fr-<hash>.js`). */
const CATALOG_CHUNK = /\/assets\/(de|fr|es|pt-BR|ru|zh-CN|ja|ar)-[\w-]+\.js$/;

function leaves(catalog: Catalog, prefix = ''): [string, string][] {
  return Object.entries(catalog).flatMap(([key, value]) =>
    typeof value === 'string' ? [[prefix + key, value]] : leaves(value, `${prefix}${key}.`),
  );
}

/**
 * English phrases (three words or more, between placeholders) that the German catalog does not
 * also contain: none of them may show on a German page.
 */
function englishPhrases(): string[] {
  const german = leaves(de)
    .map(([, text]) => text)
    .join('\n');
  return leaves(en)
    .flatMap(([, text]) => text.split(/\{\{[^}]*\}\}|<\/?\w+>/))
    .map((part) => part.trim().replace(/[.:…]+$/, ''))
    .filter((part) => part.split(/\s+/).length >= 3 && !german.includes(part));
}

async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    // Text people read or hear: the rendered text and the accessible labels.
    const labels = Array.from(document.querySelectorAll('[aria-label],[title],[placeholder]'))
      .map((el) =>
        ['aria-label', 'title', 'placeholder'].map((name) => el.getAttribute(name) ?? ''),
      )
      .flat();
    return [document.body.innerText, ...labels, document.title].join('\n');
  });
}

describe.skipIf(!chromium.available)('the page in the reader’s language (Chromium)', () => {
  const env = useBrowserStack(chromium);

  it('speaks German to a German browser on every screen, with no English left', async () => {
    const { page, record } = await env.open(env.stack.site.url, { locale: 'de-DE' });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    await page.getByRole('heading', { name: 'Neuer Paste' }).waitFor();
    await page.getByRole('combobox', { name: 'Läuft ab nach' }).waitFor();
    const phrases = englishPhrases();
    expect(phrases.length).toBeGreaterThan(100);
    const screens: string[] = [await visibleText(page)];

    await page.getByLabel('Text des Pastes').fill('Treffen um zwölf');
    await page.getByLabel('Begrenzte Aufrufe').check();
    await page.getByRole('spinbutton', { name: 'Erlaubte Aufrufe' }).fill('3');
    await page.getByRole('button', { name: 'Paste erstellen' }).click();
    await page.getByRole('heading', { name: 'Dein Paste ist bereit' }).waitFor({ timeout: 60_000 });
    await page.getByText('Wird nach 3 Aufrufen gelöscht').waitFor();
    screens.push(await visibleText(page));

    const link = await page.getByRole('textbox', { name: 'Link zum Teilen' }).inputValue();
    await page.goto(link);
    await shownText(page, 'Treffen um zwölf');
    await page.getByText(/^Noch 2 Aufrufe erlaubt\./).waitFor();
    screens.push(await visibleText(page));

    const english = phrases.filter((phrase) => screens.some((text) => text.includes(phrase)));
    expect(english).toEqual([]);
    const chunks = record.requests.filter((url) => CATALOG_CHUNK.test(url));
    expect(chunks.length).toBeGreaterThan(0);
    expect(chunks.every((url) => /\/assets\/de-/.test(url))).toBe(true);
  });

  it('loads no catalog for English, and remembers a language chosen in the picker (and nothing else)', async () => {
    const { page, record } = await env.open(env.stack.site.url, { locale: 'en-US' });
    await page.getByRole('heading', { name: 'New paste' }).waitFor();
    expect(record.requests.filter((url) => CATALOG_CHUNK.test(url))).toEqual([]);

    await page.getByLabel('Language of this page').selectOption('fr');
    await page.getByRole('heading', { name: 'Nouveau paste' }).waitFor();
    expect(record.requests.filter((url) => CATALOG_CHUNK.test(url))).toEqual([
      expect.stringMatching(/\/assets\/fr-/),
    ]);
    await page.getByLabel('Texte du paste').fill('brouillon secret');
    const stored = await page.evaluate(() => Object.entries(localStorage));
    expect(stored).toEqual([['pastenym-language', 'fr']]);

    // The English browser keeps the French page: the choice wins over detection.
    page.once('dialog', (dialog) => void dialog.accept());
    await page.reload();
    await page.getByRole('heading', { name: 'Nouveau paste' }).waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
  });

  it('lays Arabic out right to left', async () => {
    const { page } = await env.open(env.stack.site.url, {
      locale: 'ar-EG',
      viewport: { width: 1200, height: 900 },
    });
    await page.getByRole('heading', { name: 'لصقة جديدة' }).waitFor();
    expect(
      await page.evaluate(() => ({
        dir: document.documentElement.dir,
        direction: getComputedStyle(document.body).direction,
      })),
    ).toEqual({ dir: 'rtl', direction: 'rtl' });
    // The brand starts the header, so it sits on the right.
    const brand = await page.locator('.brand').boundingBox();
    const picker = await page.locator('.language-picker').boundingBox();
    expect(brand!.x).toBeGreaterThan(600);
    expect(picker!.x).toBeLessThan(brand!.x);
  });

  it('uses each language’s plural forms and date format', async () => {
    const { page } = await env.open(env.stack.site.url, { locale: 'ru-RU' });
    await page.getByLabel('Текст записи').fill('пять');
    await page.getByText('4 символа · Ctrl+Enter — создать').waitFor();
    await page.getByLabel('Текст записи').fill('пятьпять');
    await page.getByText('8 символов · Ctrl+Enter — создать').waitFor();
    await page.getByLabel('Ограниченное число').check();
    await page.getByRole('spinbutton', { name: 'Разрешено просмотров' }).fill('3');
    await page.getByRole('button', { name: 'Создать запись' }).click();
    await page.getByRole('heading', { name: 'Ваша запись готова' }).waitFor({ timeout: 60_000 });
    await page.getByText('Удаляется после 3 просмотров').waitFor();
    // "Срок хранения: 1 неделя (10 дек. 2026 г., 13:05)": Russian units and dates from Intl.
    await page.getByText(/^Срок хранения: 1 неделя \(\d{1,2} [а-я]+\.? \d{4} г\./).waitFor();
    const link = await page.getByRole('textbox', { name: 'Ссылка для отправки' }).inputValue();
    await page.goto(link);
    await page.getByText(/^Осталось 2 просмотра\./).waitFor({ timeout: 60_000 });
  });
});

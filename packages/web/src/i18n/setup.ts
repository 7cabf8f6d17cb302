import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Catalog } from './catalog.js';
import { DEFAULT_LANGUAGE, languageOf } from './languages.js';
import en from './locales/en.js';

// Every catalog but English is its own chunk, fetched only when a reader needs it: the initial
// JavaScript carries one language.
const LOADERS: Readonly<Record<string, () => Promise<{ default: Catalog }>>> = {
  de: () => import('./locales/de.js'),
  fr: () => import('./locales/fr.js'),
  es: () => import('./locales/es.js'),
  'pt-BR': () => import('./locales/pt-BR.js'),
  ru: () => import('./locales/ru.js'),
  'zh-CN': () => import('./locales/zh-CN.js'),
  ja: () => import('./locales/ja.js'),
  ar: () => import('./locales/ar.js'),
};

/**
 * Starts i18next in `code` (callers render after this resolves, so no other language flashes
 * first; English if the catalog cannot be loaded). Plurals come from `Intl.PluralRules`, so every language gets its own forms.
 */
export async function startI18n(code: string, root: HTMLElement): Promise<i18n> {
  await i18next.use(initReactI18next).init({
    lng: DEFAULT_LANGUAGE,
    fallbackLng: DEFAULT_LANGUAGE,
    resources: { en: { translation: en } },
    partialBundledLanguages: true,
    // React escapes text itself; double escaping would show "&amp;".
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  // A catalog that fails to load leaves the page in English rather than blank.
  await switchLanguage(code, root).catch(() => switchLanguage(DEFAULT_LANGUAGE, root));
  return i18next;
}

/**
 * Loads the catalog of `code` if needed, switches to it, and sets `lang` and `dir` on the root
 * element (right-to-left languages lay the whole page out right to left).
 * @throws when the catalog chunk cannot be loaded; the page stays in its current language.
 */
export async function switchLanguage(code: string, root: HTMLElement): Promise<void> {
  const language = languageOf(code) ?? languageOf(DEFAULT_LANGUAGE)!;
  const load = LOADERS[language.code];
  if (load && !i18next.hasResourceBundle(language.code, 'translation')) {
    const catalog = await load();
    i18next.addResourceBundle(language.code, 'translation', catalog.default);
  }
  await i18next.changeLanguage(language.code);
  root.lang = language.code;
  root.dir = language.dir;
}

/** A language the page speaks: its BCP 47 tag, its own name for itself, its writing direction. */
export interface Language {
  readonly code: string;
  readonly name: string;
  readonly dir: 'ltr' | 'rtl';
}

/** Every language with a catalog, English first (the source catalog, always bundled). */
export const LANGUAGES: readonly Language[] = [
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'de', name: 'Deutsch', dir: 'ltr' },
  { code: 'fr', name: 'Français', dir: 'ltr' },
  { code: 'es', name: 'Español', dir: 'ltr' },
  { code: 'pt-BR', name: 'Português (Brasil)', dir: 'ltr' },
  { code: 'ru', name: 'Русский', dir: 'ltr' },
  { code: 'zh-CN', name: '简体中文', dir: 'ltr' },
  { code: 'ja', name: '日本語', dir: 'ltr' },
  { code: 'ar', name: 'العربية', dir: 'rtl' },
];

export const DEFAULT_LANGUAGE = 'en';

/** The language with this exact code, if the page has it. */
export function languageOf(code: string): Language | undefined {
  return LANGUAGES.find((language) => language.code === code);
}

/**
 * The page's language for a reader: their remembered choice if the page still has it, else the
 * first of the browser's preferred languages the page speaks (exactly, or by its base language:
 * `de-AT` is German, `pt-PT` gets the Brazilian catalog), else English.
 * @example pickLanguage(['de-AT', 'en'], null) // 'de'
 */
export function pickLanguage(preferred: readonly string[], stored: string | null): string {
  if (stored !== null && languageOf(stored)) return stored;
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    const exact = LANGUAGES.find((language) => language.code.toLowerCase() === lower);
    if (exact) return exact.code;
    const base = lower.split('-')[0];
    const sameBase = LANGUAGES.find(
      (language) => language.code.toLowerCase().split('-')[0] === base,
    );
    if (sameBase) return sameBase.code;
  }
  return DEFAULT_LANGUAGE;
}

/** How a paste's text is shown: plain, rendered markdown, or highlighted code. */
export type DisplayFormat =
  | { readonly kind: 'text' }
  | { readonly kind: 'markdown' }
  /** `language: null` lets the highlighter guess. */
  | { readonly kind: 'code'; readonly language: string | null };

/** The languages the highlighter bundles, as highlight.js names them, with labels. */
export const LANGUAGES: readonly (readonly [name: string, label: string])[] = [
  ['bash', 'Bash / shell'],
  ['c', 'C'],
  ['cpp', 'C++'],
  ['csharp', 'C#'],
  ['css', 'CSS'],
  ['diff', 'Diff'],
  ['go', 'Go'],
  ['ini', 'INI / TOML'],
  ['java', 'Java'],
  ['javascript', 'JavaScript'],
  ['json', 'JSON'],
  ['kotlin', 'Kotlin'],
  ['lua', 'Lua'],
  ['markdown', 'Markdown source'],
  ['php', 'PHP'],
  ['plaintext', 'Plain text'],
  ['python', 'Python'],
  ['ruby', 'Ruby'],
  ['rust', 'Rust'],
  ['sql', 'SQL'],
  ['swift', 'Swift'],
  ['typescript', 'TypeScript'],
  ['xml', 'HTML / XML'],
  ['yaml', 'YAML'],
];

const LANGUAGE_NAMES = new Set(LANGUAGES.map(([name]) => name));

/** True when `name` is one of {@link LANGUAGES}. */
export function isLanguage(name: string): boolean {
  return LANGUAGE_NAMES.has(name);
}

/**
 * Reads the `fmt` and `lang` link parameters; unknown values fall back to plain text or an
 * automatic guess, so a tampered link can only change how the text looks.
 * @example parseDisplayFormat('code', 'rust') // { kind: 'code', language: 'rust' }
 */
export function parseDisplayFormat(fmt?: string, lang?: string): DisplayFormat | undefined {
  switch (fmt) {
    case 'text':
      return { kind: 'text' };
    case 'markdown':
      return { kind: 'markdown' };
    case 'code':
      return { kind: 'code', language: lang !== undefined && isLanguage(lang) ? lang : null };
    default:
      return undefined;
  }
}

/** The link parameters for `format` (`&fmt=..[&lang=..]`), the inverse of {@link parseDisplayFormat}. */
export function formatDisplayParams(format: DisplayFormat): string {
  if (format.kind !== 'code') return `&fmt=${format.kind}`;
  return format.language === null ? '&fmt=code' : `&fmt=code&lang=${format.language}`;
}

/**
 * A guess for text without a format in its link (pastes from the CLI, v2 links): markdown when
 * it has headings, lists or links of markdown's own syntax, else plain text.
 */
export function guessDisplayFormat(text: string): DisplayFormat {
  const sample = text.slice(0, 20_000);
  const signals = [
    /^#{1,6} \S/m,
    /^\s*[-*+] \S/m,
    /^\s*\d+\. \S/m,
    /\[[^\]\n]+\]\([^)\s]+\)/,
    /^```/m,
    /\*\*[^*\n]+\*\*/,
  ].filter((pattern) => pattern.test(sample)).length;
  return signals >= 2 ? { kind: 'markdown' } : { kind: 'text' };
}

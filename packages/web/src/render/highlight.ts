import hljs from 'highlight.js/lib/core';
import bash from 'highlight.js/lib/languages/bash';
import c from 'highlight.js/lib/languages/c';
import cpp from 'highlight.js/lib/languages/cpp';
import csharp from 'highlight.js/lib/languages/csharp';
import css from 'highlight.js/lib/languages/css';
import diff from 'highlight.js/lib/languages/diff';
import go from 'highlight.js/lib/languages/go';
import ini from 'highlight.js/lib/languages/ini';
import java from 'highlight.js/lib/languages/java';
import javascript from 'highlight.js/lib/languages/javascript';
import json from 'highlight.js/lib/languages/json';
import kotlin from 'highlight.js/lib/languages/kotlin';
import lua from 'highlight.js/lib/languages/lua';
import markdown from 'highlight.js/lib/languages/markdown';
import php from 'highlight.js/lib/languages/php';
import plaintext from 'highlight.js/lib/languages/plaintext';
import python from 'highlight.js/lib/languages/python';
import ruby from 'highlight.js/lib/languages/ruby';
import rust from 'highlight.js/lib/languages/rust';
import sql from 'highlight.js/lib/languages/sql';
import swift from 'highlight.js/lib/languages/swift';
import typescript from 'highlight.js/lib/languages/typescript';
import xml from 'highlight.js/lib/languages/xml';
import yaml from 'highlight.js/lib/languages/yaml';
import { isLanguage } from '../links/display-format.js';
import { sanitizeHtml } from './sanitize.js';
import type { TrustedHtml } from './trusted-types.js';

const LANGUAGE_MODULES = {
  bash,
  c,
  cpp,
  csharp,
  css,
  diff,
  go,
  ini,
  java,
  javascript,
  json,
  kotlin,
  lua,
  markdown,
  php,
  plaintext,
  python,
  ruby,
  rust,
  sql,
  swift,
  typescript,
  xml,
  yaml,
};
for (const [name, language] of Object.entries(LANGUAGE_MODULES))
  hljs.registerLanguage(name, language);

/** Beyond this, highlighting would stall the page: the text is shown plain. */
export const MAX_HIGHLIGHT_CHARS = 300_000;

/** Highlighted code and the language used (`null`: shown as plain text). */
export interface HighlightedCode {
  readonly html: TrustedHtml;
  readonly language: string | null;
}

/**
 * Highlights `code` in `language`, or guesses among the bundled languages when `null`.
 * highlight.js escapes the text itself; the result still goes through the sanitiser, so the
 * page's HTML sinks only ever see sanitised markup.
 * @example highlightCode('fn main() {}', 'rust').language // 'rust'
 */
export function highlightCode(code: string, language: string | null): HighlightedCode {
  if (code.length > MAX_HIGHLIGHT_CHARS) {
    return { html: sanitizeHtml(escapeHtml(code)), language: null };
  }
  const result =
    language !== null && isLanguage(language)
      ? hljs.highlight(code, { language, ignoreIllegals: true })
      : hljs.highlightAuto(code);
  return { html: sanitizeHtml(result.value), language: result.language ?? null };
}

/** Escapes text for HTML (the five significant characters). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

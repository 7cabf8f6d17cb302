/** The configuration built into the page (`null` without one); config.json is laid over it. */
declare const __PASTENYM_BUILD_CONFIG__: unknown;

declare module '*.css';

declare module 'highlight.js/lib/languages/*' {
  import type { LanguageFn } from 'highlight.js';
  const language: LanguageFn;
  export default language;
}

import { useTranslation } from 'react-i18next';

// Most highlight.js languages are proper names, the same in every language; these are words.
const TRANSLATED = new Set(['bash', 'markdown', 'plaintext']);

/** The label of a code language in the page's language. */
export function useLanguageLabel(): (name: string, label: string) => string {
  const { t } = useTranslation();
  return (name, label) => (TRANSLATED.has(name) ? t(`editor.languages.${name}`) : label);
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyTheme, nextTheme, storedTheme, type ThemeChoice } from './theme.js';

const ICONS: Record<ThemeChoice, string> = { system: '◐', light: '☀', dark: '☾' };

/** Cycles the colour theme: automatic, light, dark. */
export function ThemeToggle() {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<ThemeChoice>(() => storedTheme(globalThis.localStorage));
  const change = () => {
    const next = nextTheme(choice);
    applyTheme(next, document.documentElement, globalThis.localStorage);
    setChoice(next);
  };
  const label = t(`theme.${choice}`);
  return (
    <button
      type="button"
      className="button ghost theme-toggle"
      onClick={change}
      aria-label={t('theme.label', { theme: label })}
      title={t('theme.title')}
    >
      <span aria-hidden="true">{ICONS[choice]}</span>
      <span className="theme-label">{label}</span>
    </button>
  );
}

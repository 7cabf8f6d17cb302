import { useState } from 'react';
import { applyTheme, nextTheme, storedTheme, type ThemeChoice } from './theme.js';

const LABELS: Record<ThemeChoice, string> = { system: 'Auto', light: 'Light', dark: 'Dark' };
const ICONS: Record<ThemeChoice, string> = { system: '◐', light: '☀', dark: '☾' };

/** Cycles the colour theme: automatic, light, dark. */
export function ThemeToggle() {
  const [choice, setChoice] = useState<ThemeChoice>(() => storedTheme(globalThis.localStorage));
  const change = () => {
    const next = nextTheme(choice);
    applyTheme(next, document.documentElement, globalThis.localStorage);
    setChoice(next);
  };
  return (
    <button
      type="button"
      className="button ghost theme-toggle"
      onClick={change}
      aria-label={`Colour theme: ${LABELS[choice]}. Change theme`}
      title="Change the colour theme"
    >
      <span aria-hidden="true">{ICONS[choice]}</span>
      <span className="theme-label">{LABELS[choice]}</span>
    </button>
  );
}

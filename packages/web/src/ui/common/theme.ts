/** The reader's colour choice; `system` follows the operating system. */
export type ThemeChoice = 'system' | 'light' | 'dark';

const STORAGE_KEY = 'pastenym-theme';
const CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];

/** The stored choice (only the theme is ever stored), `system` by default. */
export function storedTheme(storage: Pick<Storage, 'getItem'> | undefined): ThemeChoice {
  try {
    const value = storage?.getItem(STORAGE_KEY);
    return CHOICES.includes(value as ThemeChoice) ? (value as ThemeChoice) : 'system';
  } catch {
    return 'system'; // storage can be disabled
  }
}

/**
 * Applies a choice: `data-theme` on the root element, which the stylesheet turns into
 * `color-scheme` (the stylesheet already follows the system before any script runs).
 */
export function applyTheme(
  choice: ThemeChoice,
  root: HTMLElement,
  storage?: Pick<Storage, 'setItem'>,
): void {
  if (choice === 'system') delete root.dataset.theme;
  else root.dataset.theme = choice;
  try {
    storage?.setItem(STORAGE_KEY, choice);
  } catch {
    // not stored: the choice still holds for this page
  }
}

/** The next choice of the theme button's cycle. */
export function nextTheme(choice: ThemeChoice): ThemeChoice {
  return CHOICES[(CHOICES.indexOf(choice) + 1) % CHOICES.length]!;
}

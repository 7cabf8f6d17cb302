// The page's entry: Trusted Types first (the CSP requires them before any HTML sink is used),
// then the app's plumbing, the reader's language, and the React tree.
import './jitless.js';
import { createRoot } from 'react-dom/client';
import { storedLanguage } from './i18n/choice.js';
import { pickLanguage } from './i18n/languages.js';
import { startI18n } from './i18n/setup.js';
import { installTrustedTypes } from './render/trusted-types.js';
import { AppRuntime } from './state/runtime.js';
import { App } from './ui/App.js';
import { applyTheme, storedTheme } from './ui/common/theme.js';
import './ui/styles.css';

installTrustedTypes(location.origin);
applyTheme(storedTheme(globalThis.localStorage), document.documentElement);

const runtime = new AppRuntime();
void runtime.start(__PASTENYM_BUILD_CONFIG__);
const language = pickLanguage(navigator.languages, storedLanguage(globalThis.localStorage));
// The first render waits for the reader's catalog (one small same-origin chunk), so no
// English flashes first; the mixnet connects meanwhile.
void startI18n(language, document.documentElement).then(() => {
  const root = document.getElementById('root');
  if (root) createRoot(root).render(<App runtime={runtime} />);
});

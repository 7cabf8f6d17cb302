// The page's entry: Trusted Types first (the CSP requires them before any HTML sink is used),
// then the app's plumbing and the React tree.
import './jitless.js';
import { createRoot } from 'react-dom/client';
import { installTrustedTypes } from './render/trusted-types.js';
import { AppRuntime } from './state/runtime.js';
import { App } from './ui/App.js';
import { applyTheme, storedTheme } from './ui/common/theme.js';
import './ui/styles.css';

installTrustedTypes(location.origin);
applyTheme(storedTheme(globalThis.localStorage), document.documentElement);

const runtime = new AppRuntime();
const root = document.getElementById('root');
if (root) createRoot(root).render(<App runtime={runtime} />);
void runtime.start(__PASTENYM_BUILD_CONFIG__);

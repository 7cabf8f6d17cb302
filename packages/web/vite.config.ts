// `npm run build -w web`: the static page in dist/app (see src/node/vite-config.ts for
// the environment variables it reads).
import { defineConfig } from 'vite';
import { buildOptionsFromEnv, viteConfig } from './src/node/vite-config.js';

export default defineConfig(viteConfig(buildOptionsFromEnv(process.env, import.meta.dirname)));

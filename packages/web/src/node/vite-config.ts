import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { InlineConfig, Plugin } from 'vite';
import { contentSecurityPolicy, LOCAL_CONNECT_DEFAULT } from '../config/csp.js';
import { parseWebConfig, type NetworkKind, type WebConfig } from '../config/web-config.js';
import { WebError } from '../errors.js';

/** How to build the page. */
export interface WebBuildOptions {
  /** The package folder (holds index.html). */
  readonly root: string;
  readonly outDir: string;
  /** Configuration built into the page; a same-origin config.json is laid over it at run time. */
  readonly buildConfig: WebConfig | null;
  /** Which network the Content-Security-Policy allows. */
  readonly network: NetworkKind;
  /** connect-src sources besides the page's origin (the gateway websocket). */
  readonly connectSrc: readonly string[];
}

/**
 * Build options from the environment: `PASTENYM_WEB_CONFIG` (a JSON file built into the page),
 * `PASTENYM_WEB_NETWORK` (`local` or `nym`; default the configuration's, else local),
 * `PASTENYM_WEB_CONNECT_SRC` (space-separated; default the configured gateway or any loopback
 * websocket for local builds) and `PASTENYM_WEB_OUT_DIR` (default `dist/app`).
 * @throws {WebError} `web.bad_config` for an unreadable or invalid configuration file.
 */
export function buildOptionsFromEnv(
  env: Record<string, string | undefined>,
  root: string,
): WebBuildOptions {
  let buildConfig: WebConfig | null = null;
  if (env.PASTENYM_WEB_CONFIG) {
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(resolve(root, env.PASTENYM_WEB_CONFIG), 'utf8'));
    } catch (error) {
      throw new WebError('web.bad_config', 'cannot read PASTENYM_WEB_CONFIG', { cause: error });
    }
    const parsed = parseWebConfig(value);
    if (!parsed.ok) throw new WebError('web.bad_config', parsed.problems.join('; '));
    buildConfig = parsed.config;
  }
  const network = (env.PASTENYM_WEB_NETWORK ?? buildConfig?.network ?? 'local') as NetworkKind;
  if (network !== 'local' && network !== 'nym') {
    throw new WebError('web.bad_config', 'PASTENYM_WEB_NETWORK must be local or nym');
  }
  const connectSrc =
    env.PASTENYM_WEB_CONNECT_SRC?.split(/\s+/).filter(Boolean) ??
    defaultConnectSrc(network, buildConfig);
  return {
    root,
    outDir: resolve(root, env.PASTENYM_WEB_OUT_DIR ?? 'dist/app'),
    buildConfig,
    network,
    connectSrc,
  };
}

/** The gateways a local configuration can reach, else any loopback websocket. */
export function defaultConnectSrc(network: NetworkKind, config: WebConfig | null): string[] {
  if (network === 'nym') return [];
  const extra = config?.local?.directoryUrl ? [new URL(config.local.directoryUrl).origin] : [];
  const topology = config?.local?.topology as
    | { topology?: { gateways?: { address: string; host: string; clientPort: number }[] } }
    | undefined;
  const gateways = topology?.topology?.gateways ?? [];
  const pinned = config?.local?.gateway;
  const urls = gateways
    .filter((g) => !pinned || g.address === pinned)
    .map((g) => `ws://${g.host}:${g.clientPort}`);
  return [...(urls.length > 0 ? urls : LOCAL_CONNECT_DEFAULT), ...extra];
}

/** Puts the policy into index.html and writes the header form next to it for operators. */
function cspPlugin(options: WebBuildOptions): Plugin {
  const policy = (delivery: 'meta' | 'header') =>
    contentSecurityPolicy({ network: options.network, connectSrc: options.connectSrc, delivery });
  return {
    name: 'pastenym-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: policy('meta') },
          injectTo: 'head-prepend',
        },
      ],
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'csp-header.txt', source: `${policy('header')}\n` });
    },
  };
}

/** The Nym SDK starts its client from `web-worker-0.js` next to the page: ship it for nym builds. */
function nymWorkerPlugin(options: WebBuildOptions): Plugin {
  return {
    name: 'pastenym-nym-worker',
    apply: 'build',
    generateBundle() {
      if (options.network !== 'nym') return;
      const require = createRequire(resolve(options.root, 'package.json'));
      const sdkIndex = require.resolve('@nymproject/sdk');
      const source = readFileSync(resolve(sdkIndex, '..', 'web-worker-0.js'));
      this.emitFile({ type: 'asset', fileName: 'web-worker-0.js', source });
    },
  };
}

/**
 * The Vite configuration of the page: React, sibling packages from their TypeScript sources,
 * relative URLs (the page can live under any path), no inlined assets (the CSP has no `data:`),
 * the mixnet worker as an ES module, and the CSP in index.html.
 * @example await build(viteConfig(buildOptionsFromEnv(process.env, packageDir)));
 */
export function viteConfig(options: WebBuildOptions): InlineConfig {
  return {
    configFile: false,
    root: options.root,
    base: './',
    logLevel: 'warn',
    plugins: [react(), cspPlugin(options), nymWorkerPlugin(options)],
    resolve: { conditions: ['@pastenym/source', 'module', 'browser', 'development|production'] },
    define: { __PASTENYM_BUILD_CONFIG__: JSON.stringify(options.buildConfig) },
    worker: { format: 'es' },
    build: {
      outDir: options.outDir,
      emptyOutDir: true,
      target: 'es2022',
      assetsInlineLimit: 0,
      modulePreload: { polyfill: false },
      reportCompressedSize: false,
      chunkSizeWarningLimit: 2048,
    },
  };
}

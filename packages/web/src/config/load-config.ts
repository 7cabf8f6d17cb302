import { mergeConfig, parseWebConfig, type WebConfig } from './web-config.js';

/** The page's configuration, or why there is none. */
export type LoadedConfig =
  | { readonly ok: true; readonly config: WebConfig; readonly configUrl?: string }
  | {
      readonly ok: false;
      readonly reason: 'missing' | 'invalid';
      readonly problems: readonly string[];
    };

/**
 * Reads the same-origin `config.json` next to the page (if the deployment serves one) and lays
 * it over the configuration built into the page. Never throws: a missing or broken file leaves
 * the build's configuration, and no configuration at all is reported as `missing`.
 * @param base the page's URL; config.json is resolved against it.
 * @example const loaded = await loadConfig(fetch, location.href, buildConfig);
 */
export async function loadConfig(
  fetchFn: typeof fetch,
  base: string,
  buildConfig: unknown,
): Promise<LoadedConfig> {
  const configUrl = new URL('config.json', base).href;
  let runtime: unknown;
  try {
    const response = await fetchFn(configUrl, { cache: 'no-store', credentials: 'omit' });
    if (response.ok) runtime = await response.json();
  } catch {
    runtime = undefined; // no config.json: the build's configuration stands alone
  }
  if (runtime === undefined && (buildConfig === null || buildConfig === undefined)) {
    return {
      ok: false,
      reason: 'missing',
      problems: ['no config.json and no configuration in the build'],
    };
  }
  const parsed = parseWebConfig(mergeConfig(buildConfig, runtime));
  if (!parsed.ok) return { ok: false, reason: 'invalid', problems: parsed.problems };
  return runtime === undefined
    ? { ok: true, config: parsed.config }
    : { ok: true, config: parsed.config, configUrl };
}

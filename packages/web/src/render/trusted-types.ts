import { HTML_POLICY } from '../config/csp.js';

/** The parts of the Trusted Types API used here (not in TypeScript's DOM library yet). */
export interface HtmlPolicy {
  createHTML(input: string): TrustedHtml;
  createScriptURL(input: string): string;
}
/** A TrustedHTML object (or a plain string where the browser has no Trusted Types). */
export type TrustedHtml = string & { readonly __trusted?: never };

interface TrustedTypesFactory {
  createPolicy(
    name: string,
    rules: {
      createHTML?: (input: string) => string | null;
      createScriptURL?: (input: string) => string | null;
      createScript?: (input: string) => string | null;
    },
  ): HtmlPolicy;
}

function factory(): TrustedTypesFactory | undefined {
  return (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
}

let htmlPolicy: HtmlPolicy | undefined;

/**
 * Installs the page's Trusted Types policies (the CSP requires them for every HTML and script
 * sink): `default` lets only same-origin script URLs through (the mixnet worker, lazy chunks)
 * and refuses every string headed for an HTML or script sink; the HTML policy is handed only
 * to the sanitiser. Call once, before anything else runs.
 */
export function installTrustedTypes(origin: string): void {
  const tt = factory();
  if (!tt || htmlPolicy) return;
  tt.createPolicy('default', {
    createScriptURL: (input) => (new URL(input, origin).origin === origin ? input : null),
    createHTML: () => null,
    createScript: () => null,
  });
  htmlPolicy = tt.createPolicy(HTML_POLICY, {
    // Only the sanitiser holds this policy: it wraps DOMPurify's input for its inert parse and
    // its sanitised output.
    createHTML: (input) => input,
    createScriptURL: (input) => (new URL(input, origin).origin === origin ? input : null),
  });
}

/** The HTML policy for the sanitiser, or `undefined` without Trusted Types. */
export function sanitizerPolicy(): HtmlPolicy | undefined {
  return htmlPolicy;
}

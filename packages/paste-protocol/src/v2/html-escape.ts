// The one escaping Pastenym v2 applied: its server stored texts through Python's `html.escape`.

/**
 * Python's `html.escape(text, quote=True)`.
 * @example escapeV2Html('<b>') // '&lt;b&gt;'
 */
export function escapeV2Html(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#x27;');
}

/**
 * Reverses {@link escapeV2Html}.
 * @example unescapeV2Html('&lt;b&gt;') // '<b>'
 */
export function unescapeV2Html(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * The rendering chunk, loaded on demand: markdown (marked), syntax highlighting (highlight.js)
 * and the sanitiser (DOMPurify). Kept out of the initial bundle.
 */
export { renderMarkdown } from './markdown.js';
export { highlightCode, MAX_HIGHLIGHT_CHARS, type HighlightedCode } from './highlight.js';
export { sanitizeHtml } from './sanitize.js';

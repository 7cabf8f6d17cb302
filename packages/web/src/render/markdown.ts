import { Marked } from 'marked';
import { highlightCode } from './highlight.js';
import { sanitizeHtml } from './sanitize.js';
import type { TrustedHtml } from './trusted-types.js';

const marked = new Marked({
  gfm: true,
  breaks: false,
  async: false,
  renderer: {
    // Fenced code is highlighted like code pastes (its HTML is sanitised with the rest).
    code({ text, lang }) {
      const language = lang?.trim().split(/\s+/)[0]?.toLowerCase() ?? null;
      const { html } = highlightCode(text, language || null);
      return `<pre class="md-code"><code class="hljs">${String(html)}</code></pre>\n`;
    },
  },
});

/**
 * Renders markdown to sanitised HTML: GitHub-flavoured markdown through marked, then DOMPurify
 * (see sanitizeHtml). Raw HTML in the markdown is allowed only as far as the sanitiser keeps it.
 * @example renderMarkdown('# Title') // '<h1>Title</h1>'
 */
export function renderMarkdown(text: string): TrustedHtml {
  const html = marked.parse(text, { async: false });
  return sanitizeHtml(html);
}

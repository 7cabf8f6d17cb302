import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DisplayFormat } from '../../links/display-format.js';
import { useRenderer } from '../common/useRenderer.js';

/**
 * A paste's text as plain text (a text node: nothing is ever interpreted), sanitised markdown,
 * or highlighted code. Until the rendering chunk has loaded, the text shows plain.
 */
export function PasteText(props: {
  readonly text: string;
  readonly format: DisplayFormat;
  readonly label?: string;
}) {
  const { text, format } = props;
  const renderer = useRenderer();
  const { t } = useTranslation();
  const rendered = useMemo(() => {
    if (!renderer || format.kind === 'text') return undefined;
    if (format.kind === 'markdown')
      return { kind: 'markdown' as const, html: renderer.renderMarkdown(text) };
    const code = renderer.highlightCode(text, format.language);
    return { kind: 'code' as const, html: code.html, language: code.language };
  }, [renderer, text, format]);

  if (text === '') return <p className="muted empty-text">{t('view.noText')}</p>;
  if (!rendered) {
    return (
      <pre className="paste-text" aria-label={props.label} tabIndex={0} dir="auto">
        {text}
      </pre>
    );
  }
  if (rendered.kind === 'markdown') {
    return (
      <div
        className="markdown-body"
        dir="auto"
        aria-label={props.label}
        dangerouslySetInnerHTML={{ __html: rendered.html }}
      />
    );
  }
  return (
    <pre
      className="paste-text code"
      dir="ltr"
      aria-label={props.label}
      tabIndex={0}
      data-language={rendered.language ?? undefined}
    >
      <code className="hljs" dangerouslySetInnerHTML={{ __html: rendered.html }} />
    </pre>
  );
}

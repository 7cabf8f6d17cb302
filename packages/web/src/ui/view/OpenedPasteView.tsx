import { useState } from 'react';
import type { FetchedPaste } from '@pastenym/paste-protocol';
import { guessDisplayFormat, type DisplayFormat } from '../../links/display-format.js';
import { formatDuration } from '../../paste/describe.js';
import { copyText, downloadBytes } from '../common/downloads.js';
import { AttachmentCard } from './AttachmentCard.js';
import { DeleteWithToken } from './DeleteWithToken.js';
import { PasteText } from './PasteText.js';
import { useFocusOnMount } from './Prompts.js';

const MODES: readonly (readonly [DisplayFormat['kind'] | 'raw', string])[] = [
  ['markdown', 'Markdown'],
  ['code', 'Code'],
  ['text', 'Raw'],
];

function lifeNotice(paste: FetchedPaste): { text: string; tone: 'warning' | 'info' } {
  if (paste.remainingViews === 0) {
    return {
      text: 'This was the last view: the paste has been burned and is gone from the server.',
      tone: 'warning',
    };
  }
  const views =
    paste.remainingViews === null
      ? ''
      : `${paste.remainingViews} more view${paste.remainingViews === 1 ? '' : 's'} allowed. `;
  const expiry =
    paste.expiresIn === null
      ? 'It never expires.'
      : `It expires in ${formatDuration(paste.expiresIn)} or less.`;
  return { text: views + expiry, tone: 'info' };
}

/** An opened paste: its text in the chosen rendering, attachments, and what can be done with it. */
export function OpenedPasteView(props: {
  readonly paste: FetchedPaste;
  readonly pasteId: string;
  readonly initialFormat: DisplayFormat | undefined;
  readonly onClone: (format: DisplayFormat) => void;
  readonly onDelete: (ownerToken: string) => Promise<void>;
}) {
  const { paste } = props;
  const [format, setFormat] = useState<DisplayFormat>(
    () => props.initialFormat ?? guessDisplayFormat(paste.content.text),
  );
  const [copied, setCopied] = useState('');
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const notice = lifeNotice(paste);
  const text = paste.content.text;
  const textBytes = new TextEncoder().encode(text);
  const extension = format.kind === 'markdown' ? 'md' : 'txt';

  return (
    <article className="opened" aria-labelledby="paste-heading">
      <h1 id="paste-heading" ref={heading} tabIndex={-1}>
        Paste
      </h1>
      <p className={`notice ${notice.tone}`} role="status">
        {notice.text}
      </p>
      {!paste.serverHonoursOptions ? (
        <p className="notice warning" role="alert">
          The server reports a view count or expiry that contradicts what the creator chose. It may
          not be deleting this paste as promised.
        </p>
      ) : null}
      <div className="card">
        <div className="toolbar" role="toolbar" aria-label="Paste actions">
          <div className="segmented" role="group" aria-label="Show as">
            {MODES.map(([kind, label]) => (
              <button
                key={kind}
                type="button"
                aria-pressed={format.kind === kind}
                onClick={() =>
                  setFormat(
                    kind === 'code'
                      ? { kind, language: null }
                      : { kind: kind as 'markdown' | 'text' },
                  )
                }
              >
                {label}
              </button>
            ))}
          </div>
          <span className="toolbar-spacer" />
          <button
            type="button"
            className="button small"
            onClick={() =>
              void copyText(text).then((ok) => setCopied(ok ? 'Text copied' : 'Copy failed'))
            }
          >
            Copy text
          </button>
          <button
            type="button"
            className="button small"
            onClick={() =>
              downloadBytes(
                textBytes,
                `paste-${props.pasteId}.${extension}`,
                'text/plain;charset=utf-8',
              )
            }
          >
            Download
          </button>
          <button type="button" className="button small" onClick={() => props.onClone(format)}>
            Clone
          </button>
          <span className="copy-status" role="status" aria-live="polite">
            {copied}
          </span>
        </div>
        <PasteText text={text} format={format} label="Paste text" />
      </div>
      {paste.content.attachments.length > 0 ? (
        <section aria-labelledby="files-heading">
          <h2 id="files-heading" className="section-title">
            Attachments ({paste.content.attachments.length})
          </h2>
          <ul className="attachment-list">
            {paste.content.attachments.map((attachment, index) => (
              <AttachmentCard key={index} attachment={attachment} index={index} />
            ))}
          </ul>
        </section>
      ) : null}
      <DeleteWithToken onDelete={props.onDelete} />
    </article>
  );
}

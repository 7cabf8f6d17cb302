import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FetchedPaste } from '@pastenym/paste-protocol';
import { guessDisplayFormat, type DisplayFormat } from '../../links/display-format.js';
import { copyText, downloadBytes } from '../common/downloads.js';
import { useFormat } from '../common/useFormat.js';
import { AttachmentCard } from './AttachmentCard.js';
import { DeleteWithToken } from './DeleteWithToken.js';
import { PasteText } from './PasteText.js';
import { LastChanceNotice, useFocusOnMount } from './Prompts.js';

const MODES: readonly (readonly [DisplayFormat['kind'], string])[] = [
  ['markdown', 'format.markdown'],
  ['code', 'format.code'],
  ['text', 'view.raw'],
];

/** What is left of the paste's life: views and expiry, in words and as a date. */
function LifeNotice(props: { readonly paste: FetchedPaste }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { remainingViews, expiresIn } = props.paste;
  if (remainingViews === 0) {
    return (
      <>
        <p className="notice warning" role="status">
          {t('view.burned')}
        </p>
        <LastChanceNotice />
      </>
    );
  }
  const views =
    remainingViews === null
      ? ''
      : `${t('view.viewsLeft', { count: remainingViews, formatted: format.number(remainingViews) })} `;
  const expiry =
    expiresIn === null
      ? t('view.neverExpires')
      : t('view.expiresIn', {
          duration: format.duration(expiresIn),
          date: format.dateIn(expiresIn),
        });
  return (
    <p className="notice info" role="status">
      {views + expiry}
    </p>
  );
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
  const { t } = useTranslation();
  const [format, setFormat] = useState<DisplayFormat>(
    () => props.initialFormat ?? guessDisplayFormat(paste.content.text),
  );
  const [copied, setCopied] = useState('');
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const text = paste.content.text;
  const textBytes = new TextEncoder().encode(text);
  const extension = format.kind === 'markdown' ? 'md' : 'txt';

  return (
    <article className="opened" aria-labelledby="paste-heading">
      <h1 id="paste-heading" ref={heading} tabIndex={-1}>
        {t('view.title')}
      </h1>
      <LifeNotice paste={paste} />
      {!paste.serverHonoursOptions ? (
        <p className="notice warning" role="alert">
          {t('view.dishonest')}
        </p>
      ) : null}
      <div className="card">
        <div className="toolbar" role="toolbar" aria-label={t('view.actions')}>
          <div className="segmented" role="group" aria-label={t('view.showAs')}>
            {MODES.map(([kind, label]) => (
              <button
                key={kind}
                type="button"
                aria-pressed={format.kind === kind}
                onClick={() => setFormat(kind === 'code' ? { kind, language: null } : { kind })}
              >
                {t(label)}
              </button>
            ))}
          </div>
          <span className="toolbar-spacer" />
          <button
            type="button"
            className="button small"
            onClick={() =>
              void copyText(text).then((ok) =>
                setCopied(ok ? t('view.copied') : t('view.copyFailed')),
              )
            }
          >
            {t('view.copy')}
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
            {t('common.download')}
          </button>
          <button type="button" className="button small" onClick={() => props.onClone(format)}>
            {t('view.clone')}
          </button>
          <span className="copy-status" role="status" aria-live="polite">
            {copied}
          </span>
        </div>
        <PasteText text={text} format={format} label={t('view.textLabel')} />
      </div>
      {paste.content.attachments.length > 0 ? (
        <section aria-labelledby="files-heading">
          <h2 id="files-heading" className="section-title">
            {t('view.attachments', { count: paste.content.attachments.length })}
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

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDeleteLink, formatShareLink } from '../../links/route.js';
import { useFormat } from '../common/useFormat.js';
import type { CreatedResult } from '../create/CreatePage.js';
import { CopyField } from './CopyField.js';
import { DeleteNow } from './DeleteNow.js';
import { QrCode } from './QrCode.js';
import { useFocusOnMount } from '../view/Prompts.js';

/** After creation: the link (whole, or link and key apart), its QR code, and the deletion link. */
export function SharePanel(props: {
  readonly result: CreatedResult;
  readonly linkBase: string;
  readonly onDelete: (pasteId: string, ownerToken: string) => Promise<void>;
  readonly onNew: () => void;
}) {
  const { paste, draft, confirmBeforeOpening } = props.result;
  const { ownerToken } = paste; // null on v2-only servers, which cannot delete
  const [separate, setSeparate] = useState(false);
  const { t } = useTranslation();
  const format = useFormat();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const [showQr, setShowQr] = useState(false);
  const parts = {
    pasteId: paste.pasteId,
    key: paste.key,
    passwordRequired: paste.passwordProtected,
    confirmBeforeOpening,
    format: draft.format,
    isPublic: paste.options.public,
  };
  const link = formatShareLink(props.linkBase, parts);
  const linkWithoutKey = formatShareLink(props.linkBase, parts, false);
  const views = paste.options.maxViews;
  const facts = [
    paste.expiresIn === null
      ? t('share.neverExpires')
      : t('share.expiresIn', {
          duration: format.duration(paste.expiresIn),
          date: format.dateIn(paste.expiresIn),
        }),
    views === null
      ? t('share.unlimited')
      : views === 1
        ? t('share.burns')
        : t('share.deletedAfter', { count: views, formatted: format.number(views) }),
    ...(paste.passwordProtected ? [t('share.password')] : []),
    ...(confirmBeforeOpening ? [t('share.confirm')] : []),
    ...(paste.options.public ? [t('share.public')] : []),
    ...(paste.format === 'v2' ? [t('share.v2')] : []),
  ];

  return (
    <section className="share" aria-labelledby="share-heading">
      <h1 id="share-heading" tabIndex={-1} ref={heading}>
        {t('share.title')}
      </h1>
      <ul className="facts">
        {facts.map((fact) => (
          <li key={fact}>{fact}</li>
        ))}
      </ul>
      <div className="card">
        <div className="segmented" role="group" aria-label={t('share.how')}>
          <button type="button" aria-pressed={!separate} onClick={() => setSeparate(false)}>
            {t('share.oneLink')}
          </button>
          <button type="button" aria-pressed={separate} onClick={() => setSeparate(true)}>
            {t('share.separately')}
          </button>
        </div>
        {separate && paste.key !== null ? (
          <>
            <CopyField label={t('share.linkWithoutKey')} value={linkWithoutKey} />
            <CopyField label={t('share.key')} value={paste.key} secret hint={t('share.keyHint')} />
          </>
        ) : (
          <CopyField
            label={t('share.link')}
            value={link}
            hint={paste.options.public ? t('share.publicHint') : t('share.linkHint')}
          />
        )}
        {paste.passwordProtected ? <p className="notice">{t('share.passwordApart')}</p> : null}
        <button
          type="button"
          className="button ghost small"
          aria-expanded={showQr}
          onClick={() => setShowQr(!showQr)}
        >
          {showQr ? t('share.hideQr') : t('share.showQr')}
        </button>
        {showQr ? (
          <div className="qr-box">
            <QrCode
              text={separate ? linkWithoutKey : link}
              label={separate ? t('share.qrWithoutKey') : t('share.qrLink')}
            />
          </div>
        ) : null}
      </div>
      {ownerToken === null ? null : (
        <div className="card">
          <CopyField
            label={t('share.deletion')}
            value={formatDeleteLink(props.linkBase, paste.pasteId, ownerToken)}
            secret
            hint={t('share.deletionHint')}
          />
          <DeleteNow onDelete={() => props.onDelete(paste.pasteId, ownerToken)} />
        </div>
      )}
      <div className="submit-row">
        <button type="button" className="button primary" onClick={props.onNew}>
          {t('common.newPaste')}
        </button>
      </div>
    </section>
  );
}

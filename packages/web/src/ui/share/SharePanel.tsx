import { useState } from 'react';
import { formatDeleteLink, formatShareLink } from '../../links/route.js';
import { formatDuration } from '../../paste/describe.js';
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
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const [showQr, setShowQr] = useState(false);
  const parts = {
    pasteId: paste.pasteId,
    key: paste.key,
    passwordRequired: paste.passwordProtected,
    confirmBeforeOpening,
    format: draft.format,
  };
  const link = formatShareLink(props.linkBase, parts);
  const linkWithoutKey = formatShareLink(props.linkBase, parts, false);
  const views = paste.options.maxViews;
  const facts = [
    paste.expiresIn === null ? 'Never expires' : `Expires in ${formatDuration(paste.expiresIn)}`,
    views === null
      ? 'Unlimited views'
      : views === 1
        ? 'Burns after the first view'
        : `Deleted after ${views} views`,
    ...(paste.options.public ? ['Public: not encrypted'] : []),
    ...(paste.passwordProtected ? ['Password protected'] : []),
    ...(confirmBeforeOpening ? ['Readers confirm before opening'] : []),
    ...(paste.format === 'v2' ? ['Original Pastenym v2 format (weaker), no deletion'] : []),
  ];

  return (
    <section className="share" aria-labelledby="share-heading">
      <h1 id="share-heading" tabIndex={-1} ref={heading}>
        Your paste is ready
      </h1>
      <ul className="facts">
        {facts.map((fact) => (
          <li key={fact}>{fact}</li>
        ))}
      </ul>
      <div className="card">
        <div className="segmented" role="group" aria-label="How to share">
          <button type="button" aria-pressed={!separate} onClick={() => setSeparate(false)}>
            One link
          </button>
          <button type="button" aria-pressed={separate} onClick={() => setSeparate(true)}>
            Link and key separately
          </button>
        </div>
        {separate && paste.key !== null ? (
          <>
            <CopyField label="Link without the key" value={linkWithoutKey} />
            <CopyField
              label="Key"
              value={paste.key}
              secret
              hint="Send the key over a different channel than the link: neither opens the paste alone."
            />
          </>
        ) : (
          <CopyField
            label="Share link"
            value={link}
            hint="Anyone with this link can read the paste. The key after # never reaches the server."
          />
        )}
        {paste.passwordProtected ? (
          <p className="notice">The password is not in the link: send it separately.</p>
        ) : null}
        <button
          type="button"
          className="button ghost small"
          aria-expanded={showQr}
          onClick={() => setShowQr(!showQr)}
        >
          {showQr ? 'Hide QR code' : 'Show QR code'}
        </button>
        {showQr ? (
          <div className="qr-box">
            <QrCode
              text={separate ? linkWithoutKey : link}
              label={separate ? 'QR code of the link without the key' : 'QR code of the share link'}
            />
          </div>
        ) : null}
      </div>
      {ownerToken === null ? null : (
        <div className="card">
          <CopyField
            label="Deletion link (keep it to yourself)"
            value={formatDeleteLink(props.linkBase, paste.pasteId, ownerToken)}
            secret
            hint="Whoever holds it can delete the paste. It is shown only now."
          />
          <DeleteNow onDelete={() => props.onDelete(paste.pasteId, ownerToken)} />
        </div>
      )}
      <div className="submit-row">
        <button type="button" className="button primary" onClick={props.onNew}>
          New paste
        </button>
      </div>
    </section>
  );
}

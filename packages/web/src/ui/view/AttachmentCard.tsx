import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '@pastenym/paste-protocol';
import { safeFileName, visibleFileName } from '../../paste/describe.js';
import { sniffMedia } from '../../render/sniff.js';
import { downloadBytes } from '../common/downloads.js';
import { useFormat } from '../common/useFormat.js';

/** Previews are built only for files up to this size (a blob URL holds a second copy). */
const MAX_PREVIEW_BYTES = 64 * 1024 * 1024;

/**
 * One attachment: its name (always text, with control and bidirectional characters made
 * visible), size, a download, and a preview for images, audio, video and PDF recognised by
 * their bytes. Previews use blob URLs typed by the page, so a file claiming to be an image but
 * holding HTML or SVG is never rendered.
 */
export function AttachmentCard(props: { readonly attachment: Attachment; readonly index: number }) {
  const { attachment, index } = props;
  const { t } = useTranslation();
  const format = useFormat();
  const media = useMemo(
    () => (attachment.data.length <= MAX_PREVIEW_BYTES ? sniffMedia(attachment.data) : undefined),
    [attachment.data],
  );
  const [url, setUrl] = useState<string | undefined>();
  useEffect(() => {
    if (!media) return;
    const created = URL.createObjectURL(
      new Blob([attachment.data as BlobPart], { type: media.mime }),
    );
    setUrl(created);
    return () => URL.revokeObjectURL(created);
  }, [attachment.data, media]);
  const fileName = safeFileName(attachment.name, `attachment-${index + 1}`);
  const name = attachment.name
    ? visibleFileName(attachment.name)
    : t('attachment.unnamed', { number: index + 1 });
  const label = t('attachment.preview', { name });

  return (
    <li className="attachment card">
      <div className="attachment-head">
        <bdi className="file-name" title={name}>
          {name}
        </bdi>
        <span className="muted">
          {format.bytes(attachment.data.length)}
          {media ? ` · ${media.mime}` : ''}
        </span>
        <button
          type="button"
          className="button small"
          onClick={() => downloadBytes(attachment.data, fileName)}
          aria-label={t('attachment.downloadNamed', { name })}
        >
          {t('common.download')}
        </button>
      </div>
      {media && url ? (
        <div className="attachment-preview">
          {media.kind === 'image' ? <img src={url} alt={label} /> : null}
          {media.kind === 'audio' ? <audio controls src={url} aria-label={label} /> : null}
          {media.kind === 'video' ? <video controls src={url} aria-label={label} /> : null}
          {media.kind === 'pdf' ? (
            <object data={url} type="application/pdf" aria-label={label}>
              <p className="muted">{t('attachment.noPdf')}</p>
            </object>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}

import { useRef, useState, type DragEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { visibleFileName } from '../../paste/describe.js';
import { useFormat } from '../common/useFormat.js';
import { readFiles, type DraftFile } from './draft.js';

/**
 * Files to seal with the paste: choose, drop, or paste from the clipboard (handled by the
 * page). Shows the estimated size against the server's limit before anything is uploaded.
 */
export function AttachmentsField(props: {
  readonly files: readonly DraftFile[];
  readonly onAdd: (files: DraftFile[]) => void;
  readonly onRemove: (id: number) => void;
  readonly estimate: number;
  readonly limit: number | undefined;
  readonly disabled: boolean;
}) {
  const input = useRef<HTMLInputElement>(null);
  const { t } = useTranslation();
  const format = useFormat();
  const [dragging, setDragging] = useState(false);
  const add = (list: FileList | null) => {
    if (list && list.length > 0) void readFiles(Array.from(list)).then(props.onAdd);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (!props.disabled) add(event.dataTransfer.files);
  };
  const over = props.limit !== undefined && props.estimate > props.limit;
  const share = props.limit ? Math.min(1, props.estimate / props.limit) : 0;

  return (
    <section className="attachments" aria-labelledby="attachments-heading">
      <h2 id="attachments-heading" className="section-title">
        {t('attachments.title')}
      </h2>
      <div
        className={`drop-zone${dragging ? ' dragging' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p>
          <Trans
            i18nKey="attachments.drop"
            components={{
              choose: (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => input.current?.click()}
                  disabled={props.disabled}
                />
              ),
            }}
          />
        </p>
        <input
          ref={input}
          type="file"
          multiple
          hidden
          onChange={(event) => {
            add(event.target.files);
            event.target.value = '';
          }}
        />
      </div>
      {props.files.length > 0 ? (
        <ul className="file-list">
          {props.files.map((file) => {
            const name = visibleFileName(file.name);
            return (
              <li key={file.id}>
                <bdi className="file-name">{name}</bdi>
                <span className="muted">{format.bytes(file.data.length)}</span>
                <button
                  type="button"
                  className="button ghost small"
                  onClick={() => props.onRemove(file.id)}
                  aria-label={t('attachments.removeNamed', { name })}
                  disabled={props.disabled}
                >
                  {t('attachments.remove')}
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      <div className="size-line" aria-live="polite">
        <div className={`size-bar${over ? ' over' : ''}`} aria-hidden="true">
          <span style={{ width: `${(share * 100).toFixed(1)}%` }} />
        </div>
        <p className={over ? 'error-text' : 'hint'}>
          {props.limit === undefined
            ? t('attachments.size', { size: format.bytes(props.estimate) })
            : t(over ? 'attachments.tooLarge' : 'attachments.sizeOfLimit', {
                size: format.bytes(props.estimate),
                limit: format.bytes(props.limit),
              })}
        </p>
      </div>
    </section>
  );
}

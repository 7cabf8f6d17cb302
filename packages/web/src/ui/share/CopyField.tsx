import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { copyText } from '../common/downloads.js';

/** A read-only value with a copy button that says when it worked. */
export function CopyField(props: {
  readonly label: string;
  readonly value: string;
  readonly hint?: string;
  readonly secret?: boolean;
}) {
  const id = useId();
  const [status, setStatus] = useState('');
  const { t } = useTranslation();
  const copy = async () => {
    const ok = await copyText(props.value);
    setStatus(ok ? t('copy.done') : t('copy.failed'));
    setTimeout(() => setStatus(''), 3000);
  };
  return (
    <div className="copy-field">
      <label htmlFor={id}>{props.label}</label>
      <div className="copy-row">
        <input
          id={id}
          readOnly
          value={props.value}
          onFocus={(event) => event.target.select()}
          spellCheck={false}
          dir="ltr"
          className={props.secret ? 'secret' : undefined}
          aria-describedby={props.hint ? `${id}-hint` : undefined}
        />
        <button type="button" className="button" onClick={() => void copy()}>
          {t('copy.button')}
        </button>
      </div>
      {props.hint ? (
        <p id={`${id}-hint`} className="hint">
          {props.hint}
        </p>
      ) : null}
      <span className="copy-status" role="status" aria-live="polite">
        {status}
      </span>
    </div>
  );
}

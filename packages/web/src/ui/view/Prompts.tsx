import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyProblem } from './useViewFlow.js';

/** Focuses a screen's heading when it appears, so screen readers announce the new step. */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}

/** "Open this paste?": nothing is fetched before the reader says so. */
export function ConfirmPrompt(props: { readonly onConfirm: () => void }) {
  const { t } = useTranslation();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section className="card prompt">
      <h1 ref={heading} tabIndex={-1}>
        {t('confirm.title')}
      </h1>
      <p>{t('confirm.detail')}</p>
      <div className="actions">
        <button type="button" className="button primary" onClick={props.onConfirm}>
          {t('confirm.open')}
        </button>
      </div>
    </section>
  );
}

/** Says that this tab holds the only copy left of a paste whose last view was spent. */
export function LastChanceNotice() {
  const { t } = useTranslation();
  return (
    <p className="notice warning last-chance" role="alert">
      {t('view.lastChance')}
    </p>
  );
}

/**
 * Asks for the key (a link shared as "link and key separately", or a key that did not open the
 * paste; a whole link is accepted too) or for the password.
 */
export function SecretPrompt(props: {
  readonly kind: 'key' | 'password';
  /** The key prompt's reason; for the password, whether the last one was wrong. */
  readonly problem: KeyProblem | 'wrongPassword' | 'password';
  readonly lastChance: boolean;
  readonly onSubmit: (value: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [value, setValue] = useState('');
  const isKey = props.kind === 'key';
  const wrong = props.problem === 'wrong' || props.problem === 'wrongPassword';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit(value);
  };
  const text = {
    missing: { title: t('secret.keyTitle'), detail: t('secret.keyDetail') },
    wrong: { title: t('secret.wrongKeyTitle'), detail: t('secret.wrongKeyDetail') },
    password: { title: t('secret.passwordTitle'), detail: t('secret.passwordDetail') },
    wrongPassword: { title: t('secret.passwordTitle'), detail: t('secret.passwordDetail') },
  }[props.problem];
  return (
    <form className="card prompt" onSubmit={submit}>
      <h1>{text.title}</h1>
      {props.lastChance ? <LastChanceNotice /> : null}
      <p>{text.detail}</p>
      {props.problem === 'wrongPassword' ? (
        <p className="error-text" role="alert">
          {t('secret.wrongPassword')}
        </p>
      ) : null}
      <label htmlFor={id}>{isKey ? t('secret.keyLabel') : t('secret.passwordLabel')}</label>
      <div className="copy-row">
        <input
          id={id}
          type={isKey ? 'text' : 'password'}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          autoComplete={isKey ? 'off' : 'current-password'}
          spellCheck={false}
          autoFocus
          dir="ltr"
          aria-invalid={wrong}
        />
        <button type="submit" className="button primary">
          {t('secret.open')}
        </button>
      </div>
      {isKey ? <p className="hint">{t('secret.keyHint')}</p> : null}
    </form>
  );
}

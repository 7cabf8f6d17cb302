import { useEffect, useId, useRef, useState, type FormEvent } from 'react';

/** Focuses a screen's heading when it appears, so screen readers announce the new step. */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}

/** "Open this paste?": nothing is fetched before the reader says so. */
export function ConfirmPrompt(props: { readonly onConfirm: () => void }) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section className="card prompt">
      <h1 ref={heading} tabIndex={-1}>
        Open this paste?
      </h1>
      <p>
        The sender asked that you confirm before it is fetched. Opening it may use up its last view:
        if it burns after reading, it is gone afterwards, so read it now or download what you need.
      </p>
      <div className="actions">
        <button type="button" className="button primary" onClick={props.onConfirm}>
          Open the paste
        </button>
      </div>
    </section>
  );
}

/** Asks for the key (links shared as "link and key separately") or the password. */
export function SecretPrompt(props: {
  readonly kind: 'key' | 'password';
  readonly wrong: boolean;
  readonly onSubmit: (value: string) => void;
}) {
  const id = useId();
  const [value, setValue] = useState('');
  const isKey = props.kind === 'key';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit(value);
  };
  return (
    <form className="card prompt" onSubmit={submit}>
      <h1>{isKey ? 'Key needed' : 'Password needed'}</h1>
      <p>
        {isKey
          ? 'This link has no key. Paste the key the sender gave you (leave it empty for a public paste).'
          : 'This paste is protected by a password. It is checked in this browser and never sent.'}
      </p>
      {props.wrong ? (
        <p className="error-text" role="alert">
          {isKey ? 'That key does not open this paste.' : 'Wrong password. Try again.'}
        </p>
      ) : null}
      <label htmlFor={id}>{isKey ? 'Key' : 'Password'}</label>
      <div className="copy-row">
        <input
          id={id}
          type={isKey ? 'text' : 'password'}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          autoComplete={isKey ? 'off' : 'current-password'}
          spellCheck={false}
          autoFocus
          aria-invalid={props.wrong}
        />
        <button type="submit" className="button primary">
          Open
        </button>
      </div>
    </form>
  );
}

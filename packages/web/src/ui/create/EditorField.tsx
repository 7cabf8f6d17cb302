import { useId, useState, type KeyboardEvent } from 'react';
import { LANGUAGES, type DisplayFormat } from '../../links/display-format.js';
import { PasteText } from '../view/PasteText.js';

const FORMATS: readonly (readonly [DisplayFormat['kind'], string])[] = [
  ['text', 'Plain text'],
  ['markdown', 'Markdown'],
  ['code', 'Code'],
];

/** The text editor: format and language pickers, and a write/preview switch. */
export function EditorField(props: {
  readonly text: string;
  readonly format: DisplayFormat;
  readonly onText: (text: string) => void;
  readonly onFormat: (format: DisplayFormat) => void;
  readonly onSubmit: () => void;
  readonly disabled: boolean;
}) {
  const { text, format } = props;
  const [preview, setPreview] = useState(false);
  const id = useId();
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      props.onSubmit();
    }
  };
  const setKind = (kind: DisplayFormat['kind']) =>
    props.onFormat(
      kind === 'code'
        ? { kind, language: format.kind === 'code' ? format.language : null }
        : { kind },
    );
  const showPreview = preview && format.kind !== 'text';

  return (
    <div className="editor">
      <div className="editor-bar">
        <fieldset className="segmented">
          <legend className="visually-hidden">Format</legend>
          {FORMATS.map(([kind, label]) => (
            <label key={kind} className={format.kind === kind ? 'selected' : undefined}>
              <input
                type="radio"
                name={`${id}-format`}
                checked={format.kind === kind}
                onChange={() => setKind(kind)}
              />
              {label}
            </label>
          ))}
        </fieldset>
        {format.kind === 'code' ? (
          <label className="inline-field">
            <span>Language</span>
            <select
              value={format.language ?? ''}
              onChange={(event) =>
                props.onFormat({ kind: 'code', language: event.target.value || null })
              }
            >
              <option value="">Detect automatically</option>
              {LANGUAGES.map(([name, label]) => (
                <option key={name} value={name}>
                  {label}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {format.kind !== 'text' ? (
          <button
            type="button"
            className="button ghost small"
            aria-pressed={preview}
            onClick={() => setPreview(!preview)}
          >
            {preview ? 'Edit' : 'Preview'}
          </button>
        ) : null}
      </div>
      {showPreview ? (
        <div className="preview" aria-live="polite">
          <PasteText text={text} format={format} label="Preview" />
        </div>
      ) : (
        <>
          <label htmlFor={`${id}-text`} className="visually-hidden">
            Text of the paste
          </label>
          <textarea
            id={`${id}-text`}
            className="editor-text"
            value={text}
            onChange={(event) => props.onText(event.target.value)}
            onKeyDown={onKeyDown}
            placeholder="Paste or type your text here. It is encrypted in this browser before it leaves."
            spellCheck={format.kind !== 'code'}
            autoCapitalize="off"
            autoComplete="off"
            rows={14}
            disabled={props.disabled}
            aria-describedby={`${id}-hint`}
          />
          <p id={`${id}-hint`} className="hint">
            {text.length.toLocaleString()} characters · Ctrl+Enter to create
          </p>
        </>
      )}
    </div>
  );
}

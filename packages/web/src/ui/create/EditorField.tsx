import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type DisplayFormat } from '../../links/display-format.js';
import { useFormat } from '../common/useFormat.js';
import { PasteText } from '../view/PasteText.js';
import { useLanguageLabel } from './languageLabel.js';

const FORMATS: readonly DisplayFormat['kind'][] = ['text', 'markdown', 'code'];

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
  const { t } = useTranslation();
  const fmt = useFormat();
  const languageLabel = useLanguageLabel();
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
          <legend className="visually-hidden">{t('editor.format')}</legend>
          {FORMATS.map((kind) => (
            <label key={kind} className={format.kind === kind ? 'selected' : undefined}>
              <input
                type="radio"
                name={`${id}-format`}
                checked={format.kind === kind}
                onChange={() => setKind(kind)}
              />
              {t(`format.${kind}`)}
            </label>
          ))}
        </fieldset>
        {format.kind === 'code' ? (
          <span className="inline-field">
            {/* A label of its own, so its name is the word alone, not the options too. */}
            <label htmlFor={`${id}-language`}>{t('editor.language')}</label>
            <select
              id={`${id}-language`}
              value={format.language ?? ''}
              onChange={(event) =>
                props.onFormat({ kind: 'code', language: event.target.value || null })
              }
            >
              <option value="">{t('editor.detect')}</option>
              {LANGUAGES.map(([name, label]) => (
                <option key={name} value={name}>
                  {languageLabel(name, label)}
                </option>
              ))}
            </select>
          </span>
        ) : null}
        {format.kind !== 'text' ? (
          <button
            type="button"
            className="button ghost small"
            aria-pressed={preview}
            onClick={() => setPreview(!preview)}
          >
            {preview ? t('editor.edit') : t('editor.preview')}
          </button>
        ) : null}
      </div>
      {showPreview ? (
        <div className="preview" aria-live="polite">
          <PasteText text={text} format={format} label={t('editor.preview')} />
        </div>
      ) : (
        <>
          <label htmlFor={`${id}-text`} className="visually-hidden">
            {t('editor.textLabel')}
          </label>
          <textarea
            id={`${id}-text`}
            className="editor-text"
            // The text's own direction, whatever the page's language.
            dir="auto"
            value={text}
            onChange={(event) => props.onText(event.target.value)}
            onKeyDown={onKeyDown}
            placeholder={t('editor.placeholder')}
            spellCheck={format.kind !== 'code'}
            autoCapitalize="off"
            autoComplete="off"
            rows={14}
            disabled={props.disabled}
            aria-describedby={`${id}-hint`}
          />
          <p id={`${id}-hint`} className="hint">
            {t('editor.count', { count: text.length, formatted: fmt.number(text.length) })}
          </p>
        </>
      )}
    </div>
  );
}

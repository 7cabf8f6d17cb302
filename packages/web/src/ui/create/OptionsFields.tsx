import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../common/useFormat.js';
import { MIN_LIMITED_VIEWS, viewLimitProblem, type DraftOptions } from './draft.js';

const VIEW_CHOICES = ['unlimited', 'burn', 'limited'] as const;

/**
 * Expiry, view limit, password, confirm-before-opening and public, as the server offers them:
 * a v2-only server cannot carry a password, so none is offered; a public paste keeps the field
 * in sight, disabled, with the reason.
 */
export function OptionsFields(props: {
  readonly options: DraftOptions;
  readonly expiryChoices: readonly number[];
  readonly maxViews: number;
  readonly v2Only: boolean;
  readonly onChange: (options: DraftOptions) => void;
  readonly disabled: boolean;
}) {
  const { options } = props;
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const [showPassword, setShowPassword] = useState(false);
  const set = (change: Partial<DraftOptions>) => props.onChange({ ...options, ...change });
  const viewsRange = {
    min: format.number(MIN_LIMITED_VIEWS),
    max: format.number(props.maxViews),
  };
  const viewsWrong = viewLimitProblem(options, props.maxViews) !== undefined;

  return (
    <fieldset className="options" disabled={props.disabled}>
      <legend className="section-title">{t('options.title')}</legend>
      <div className="option-grid">
        <label className="field">
          <span>{t('options.expiry')}</span>
          <select
            value={options.expirySeconds}
            onChange={(event) => set({ expirySeconds: Number(event.target.value) })}
          >
            {props.expiryChoices.map((seconds) => (
              <option key={seconds} value={seconds}>
                {seconds === 0 ? t('options.never') : format.duration(seconds)}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="field">
          <legend>{t('options.views')}</legend>
          <div className="radio-row">
            {VIEW_CHOICES.map((value) => (
              <label key={value} className="radio">
                <input
                  type="radio"
                  name={`${id}-views`}
                  checked={options.views === value}
                  // One-time pastes are what scanners and link previews burn: confirm by default.
                  onChange={() =>
                    set({
                      views: value,
                      ...(value === 'burn' ? { confirmBeforeOpening: true } : {}),
                    })
                  }
                />
                {t(`options.viewChoice.${value}`)}
              </label>
            ))}
          </div>
          {options.views === 'limited' ? (
            <label className="inline-field views-field">
              <span>{t('options.viewsAllowed')}</span>
              <input
                type="number"
                inputMode="numeric"
                min={MIN_LIMITED_VIEWS}
                max={props.maxViews}
                step={1}
                value={options.maxViews}
                onChange={(event) => set({ maxViews: event.target.value })}
                aria-invalid={viewsWrong}
                aria-describedby={`${id}-views-hint`}
              />
              <span
                id={`${id}-views-hint`}
                className={viewsWrong ? 'error-text' : 'hint'}
                role={viewsWrong ? 'alert' : undefined}
              >
                {t(viewsWrong ? 'options.viewsWrong' : 'options.viewsRange', viewsRange)}
              </span>
            </label>
          ) : null}
        </fieldset>
        {props.v2Only ? null : (
          <label className="field">
            <span>{t('options.password')}</span>
            <span className="password-row">
              <input
                type={showPassword ? 'text' : 'password'}
                value={options.password}
                autoComplete="new-password"
                disabled={options.public}
                onChange={(event) => set({ password: event.target.value })}
                aria-describedby={`${id}-password-hint`}
              />
              <button
                type="button"
                className="button ghost small"
                aria-pressed={showPassword}
                onClick={() => setShowPassword(!showPassword)}
              >
                {showPassword ? t('common.hide') : t('common.show')}
              </button>
            </span>
            <span id={`${id}-password-hint`} className="hint">
              {options.public ? t('options.passwordPublic') : t('options.passwordHint')}
            </span>
          </label>
        )}
        <label className="checkbox">
          <input
            type="checkbox"
            checked={options.confirmBeforeOpening}
            onChange={(event) => set({ confirmBeforeOpening: event.target.checked })}
          />
          <span>
            {t('options.confirm')}
            <span className="hint block">{t('options.confirmHint')}</span>
          </span>
        </label>
        <label className="checkbox public-option">
          <input
            type="checkbox"
            checked={options.public}
            onChange={(event) =>
              set({
                public: event.target.checked,
                ...(event.target.checked ? { password: '' } : {}),
              })
            }
            aria-describedby={`${id}-public-hint`}
          />
          <span>
            {t('options.public')}
            <span id={`${id}-public-hint`} className="hint block">
              {t('options.publicHint')}
            </span>
          </span>
        </label>
        {options.public ? (
          <p className="notice warning public-warning" role="alert">
            {t('options.publicWarning')}
          </p>
        ) : null}
      </div>
    </fieldset>
  );
}

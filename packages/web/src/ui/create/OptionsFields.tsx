import { useId, useState } from 'react';
import { formatDuration } from '../../paste/describe.js';
import type { DraftOptions } from './draft.js';

const VIEW_CHOICES: readonly (readonly [DraftOptions['views'], string])[] = [
  ['unlimited', 'Unlimited'],
  ['burn', 'Burn after reading'],
  ['limited', 'Limited views'],
];

/**
 * Expiry, view limit, public, password and confirm-before-opening, as the server offers them
 * (no password where `passwordAllowed` is false: public pastes, v2-only servers).
 */
export function OptionsFields(props: {
  readonly options: DraftOptions;
  readonly expiryChoices: readonly number[];
  readonly maxViews: number;
  readonly passwordAllowed: boolean;
  readonly onChange: (options: DraftOptions) => void;
  readonly disabled: boolean;
}) {
  const { options } = props;
  const id = useId();
  const [showPassword, setShowPassword] = useState(false);
  const set = (change: Partial<DraftOptions>) => props.onChange({ ...options, ...change });

  return (
    <fieldset className="options" disabled={props.disabled}>
      <legend className="section-title">Options</legend>
      <div className="option-grid">
        <label className="field">
          <span>Expires after</span>
          <select
            value={options.expirySeconds}
            onChange={(event) => set({ expirySeconds: Number(event.target.value) })}
          >
            {props.expiryChoices.map((seconds) => (
              <option key={seconds} value={seconds}>
                {seconds === 0 ? 'Never' : formatDuration(seconds)}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="field">
          <legend>Views</legend>
          <div className="radio-row">
            {VIEW_CHOICES.map(([value, label]) => (
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
                {label}
              </label>
            ))}
          </div>
          {options.views === 'limited' ? (
            <label className="inline-field">
              <span>Views allowed</span>
              <input
                type="number"
                min={2}
                max={props.maxViews}
                value={options.maxViews}
                onChange={(event) =>
                  set({
                    maxViews: Math.max(
                      1,
                      Math.min(props.maxViews, Math.floor(Number(event.target.value) || 1)),
                    ),
                  })
                }
              />
            </label>
          ) : null}
        </fieldset>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={options.public}
            onChange={(event) => set({ public: event.target.checked })}
          />
          <span>
            Public (not encrypted)
            <span className="hint block">The server and anyone with the link can read it.</span>
          </span>
        </label>
        {props.passwordAllowed ? (
          <label className="field">
            <span>Password (optional)</span>
            <span className="password-row">
              <input
                type={showPassword ? 'text' : 'password'}
                value={options.password}
                autoComplete="new-password"
                onChange={(event) => set({ password: event.target.value })}
                aria-describedby={`${id}-password-hint`}
              />
              <button
                type="button"
                className="button ghost small"
                aria-pressed={showPassword}
                onClick={() => setShowPassword(!showPassword)}
              >
                {showPassword ? 'Hide' : 'Show'}
              </button>
            </span>
            <span id={`${id}-password-hint`} className="hint">
              Needed on top of the link. It never leaves this browser.
            </span>
          </label>
        ) : null}
        <label className="checkbox">
          <input
            type="checkbox"
            checked={options.confirmBeforeOpening}
            onChange={(event) => set({ confirmBeforeOpening: event.target.checked })}
          />
          <span>
            Ask the reader to confirm before opening
            <span className="hint block">
              Stops link previews and scanners from using up a view.
            </span>
          </span>
        </label>
      </div>
    </fieldset>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { storeLanguage } from '../../i18n/choice.js';
import { LANGUAGES } from '../../i18n/languages.js';
import { switchLanguage } from '../../i18n/setup.js';

/** The page's language, each named in itself; the choice is remembered on this device. */
export function LanguagePicker() {
  const { t, i18n } = useTranslation();
  const [failed, setFailed] = useState(false);
  const change = (code: string) => {
    switchLanguage(code, document.documentElement).then(
      () => {
        storeLanguage(code, globalThis.localStorage);
        setFailed(false);
      },
      () => setFailed(true),
    );
  };
  return (
    <label className="language-picker">
      <span className="visually-hidden">{t('app.languageLabel')}</span>
      <select
        value={i18n.language}
        onChange={(event) => change(event.target.value)}
        aria-invalid={failed}
        title={failed ? t('app.languageFailed') : t('app.languageLabel')}
      >
        {LANGUAGES.map((language) => (
          <option key={language.code} value={language.code} lang={language.code}>
            {language.name}
          </option>
        ))}
      </select>
    </label>
  );
}

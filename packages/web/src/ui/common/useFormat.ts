import { useTranslation } from 'react-i18next';
import { durationParts, formatBytes, formatDuration } from '../../paste/describe.js';

/** Numbers, sizes, durations and dates in the page's language (all through `Intl`). */
export function useFormat() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  return {
    locale,
    bytes: (bytes: number) => formatBytes(bytes, locale),
    number: (value: number) => new Intl.NumberFormat(locale).format(value),
    /** "1 week", or "about 3 days" when rounded. */
    duration: (seconds: number) => {
      const text = formatDuration(seconds, locale);
      return durationParts(seconds).approximate ? t('format.about', { duration: text }) : text;
    },
    /** The moment `seconds` from now, as a date and time. */
    dateIn: (seconds: number, now = Date.now()) =>
      new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
        new Date(now + seconds * 1000),
      ),
  };
}

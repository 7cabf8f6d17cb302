import { useTranslation } from 'react-i18next';

/**
 * How much of a large reply has arrived: fragments received out of the total. Renders nothing
 * while the total is unknown (small replies, or a transport that does not report it).
 */
export function ReceiveProgress(props: {
  readonly received: number | undefined;
  readonly total: number | undefined;
}) {
  const { t } = useTranslation();
  const { received, total } = props;
  if (received === undefined || total === undefined || total <= 0) return null;
  const label = t('view.receiving', { received, total });
  return (
    <div className="receive-progress">
      <progress max={total} value={Math.min(received, total)} aria-label={label} />
      <span>{label}</span>
    </div>
  );
}

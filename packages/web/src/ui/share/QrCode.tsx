import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { qrPath } from '../../render/qr.js';

/** A QR code of `text`, drawn as SVG elements (no markup strings involved). */
export function QrCode(props: { readonly text: string; readonly label: string }) {
  const { t } = useTranslation();
  const qr = useMemo(() => {
    try {
      return qrPath(props.text);
    } catch {
      return undefined; // too long for a QR code
    }
  }, [props.text]);
  if (!qr) return <p className="muted">{t('share.qrTooLong')}</p>;
  return (
    <svg
      className="qr"
      viewBox={`0 0 ${qr.size} ${qr.size}`}
      role="img"
      aria-label={props.label}
      shapeRendering="crispEdges"
    >
      <rect width={qr.size} height={qr.size} fill="#fff" />
      <path d={qr.path} fill="#000" />
    </svg>
  );
}

import qrcode from 'qrcode-generator';

/** A QR code as one SVG path over a square of `size` modules (quiet zone included). */
export interface QrPath {
  readonly size: number;
  readonly path: string;
}

/**
 * Encodes `text` (a share link) as a QR code, error correction M, and draws its dark modules as
 * one path of unit squares, for an `<svg>` built by React (no markup strings).
 * @throws {Error} when the text is too long for any QR version.
 * @example qrPath('https://paste.example/#/abc').size // 33 for a short link
 */
export function qrPath(text: string, margin = 4): QrPath {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const count = qr.getModuleCount();
  const parts: string[] = [];
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; col++) {
      if (qr.isDark(row, col)) parts.push(`M${col + margin} ${row + margin}h1v1h-1z`);
    }
  }
  return { size: count + margin * 2, path: parts.join('') };
}

import { useWords } from '../lib/i18n';
import QRCode from 'qrcode';
import { useMemo } from 'react';

interface Props {
  value: string;
  /** Text alternative, e.g. "QR code to pay Sandbox Store $12.50". */
  label: string;
}

/** Quiet zone around the code, in modules (the standard asks for 4). */
const MARGIN = 4;

/**
 * The dark modules of the QR for `value` as one SVG path (each run of dark modules in a row is
 * one rectangle), and the side of the square in modules; undefined if it cannot be encoded.
 */
function qrPath(value: string): { path: string; side: number } | undefined {
  let modules: QRCode.BitMatrix;
  try {
    modules = QRCode.create(value, { errorCorrectionLevel: 'M' }).modules;
  } catch {
    return undefined; // too long for a QR
  }
  const { size, data } = modules;
  const parts: string[] = [];
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (!data[y * size + x]) continue;
      let run = 1;
      while (x + run < size && data[y * size + x + run]) run++;
      parts.push(`M${x + MARGIN} ${y + MARGIN}h${run}v1h-${run}z`);
      x += run;
    }
  }
  return { path: parts.join(''), side: size + 2 * MARGIN };
}

/**
 * A QR code drawn as inline SVG (crisp at any size, in the same frame as the screen: no image
 * to decode after it), error correction M, quiet zone of 4 modules (#16).
 */
export function QrCode({ value, label }: Props): React.JSX.Element {
  const { t } = useWords();
  const qr = useMemo(() => qrPath(value), [value]);
  return (
    <div className="qr">
      {qr ? (
        <svg role="img" aria-label={label} viewBox={`0 0 ${qr.side} ${qr.side}`} shapeRendering="crispEdges">
          <rect width={qr.side} height={qr.side} fill="#ffffff" />
          <path d={qr.path} fill="#000000" />
        </svg>
      ) : (
        <span className="qr-placeholder">{t('qr.tooLong')}</span>
      )}
    </div>
  );
}

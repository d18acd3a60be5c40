import QRCode from 'qrcode';
import { useMemo } from 'react';

interface Props {
  value: string;
  /** Text alternative, e.g. "QR code to pay Sandbox Store $12.50". */
  label: string;
}

const OPTIONS = {
  type: 'svg',
  errorCorrectionLevel: 'M',
  margin: 4,
  color: { dark: '#000000', light: '#ffffff' },
} as const;

/** The QR as an SVG data URL. qrcode calls back at once, so the QR is there at the first paint (#16). */
function qrSource(value: string): string | undefined {
  let svg: string | undefined;
  QRCode.toString(value, OPTIONS, (error, text) => {
    if (!error) svg = text;
  });
  return svg === undefined ? undefined : `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** A QR code as SVG (crisp at any size): error correction M, quiet zone of 4 modules. */
export function QrCode({ value, label }: Props): React.JSX.Element {
  const src = useMemo(() => qrSource(value), [value]);
  return (
    <div className="qr">
      {src ? <img src={src} alt={label} /> : <span className="qr-placeholder">This link cannot be shown as a QR.</span>}
    </div>
  );
}

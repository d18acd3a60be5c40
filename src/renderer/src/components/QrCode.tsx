import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

interface Props {
  value: string;
  /** Text alternative, e.g. "QR code to pay Sandbox Store $12.50". */
  label: string;
}

/** A QR code as SVG (crisp at any size): error correction M, quiet zone of 4 modules. */
export function QrCode({ value, label }: Props): React.JSX.Element {
  const [src, setSrc] = useState<string>();
  useEffect(() => {
    let live = true;
    void QRCode.toString(value, {
      type: 'svg',
      errorCorrectionLevel: 'M',
      margin: 4,
      color: { dark: '#000000', light: '#ffffff' },
    }).then((svg) => {
      if (live) setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
    });
    return () => {
      live = false;
    };
  }, [value]);
  return (
    <div className="qr">
      {src ? <img src={src} alt={label} /> : <span className="qr-placeholder">Preparing QR…</span>}
    </div>
  );
}

import { toString as qrCodeSvg } from 'qrcode';
import { useEffect, useState } from 'react';

/** A QR code drawn as SVG, crisp at any print size; a data: URL is allowed by the page's CSP. */
export function QrCode({ text, label, className }: { text: string; label: string; className?: string }) {
  const [source, setSource] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    qrCodeSvg(text, { type: 'svg', margin: 0, errorCorrectionLevel: 'M', color: { dark: '#000000', light: '#ffffff' } }).then(
      (svg) => {
        if (live) setSource(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
      },
      () => {},
    );
    return () => {
      live = false;
    };
  }, [text]);
  return source ? (
    <img className={className} src={source} alt={label} />
  ) : (
    <span className={className} role="img" aria-label={label} aria-busy="true" />
  );
}

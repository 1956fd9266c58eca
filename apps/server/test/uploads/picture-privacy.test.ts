import type { UploadedImage } from '@kopa/protocol';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login } from '../support/api-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { CAMERA_MARKER, GPS_MARKER, jpegWithGps } from './picture-samples.js';
import { fetchFile, storedFiles, uploadPicture, welcomeSpaceId } from './upload-client.js';

describe('a phone photo with a GPS position', () => {
  let server: TestServer;
  let cookie: string;
  let spaceId: string;
  let photo: Buffer;
  let uploaded: UploadedImage;

  beforeAll(async () => {
    server = await startTestServer();
    cookie = (await login(server.url, 'janis')).cookie;
    spaceId = await welcomeSpaceId(server.url, cookie);
    photo = await jpegWithGps();
    const response = await uploadPicture<UploadedImage>(server.url, spaceId, photo, { cookie, contentType: 'image/jpeg' });
    expect(response.status).toBe(201);
    uploaded = response.body;
  });
  afterAll(() => server?.stop());

  it('really carries EXIF with GPS, an orientation and an ICC profile before upload', async () => {
    const metadata = await sharp(photo).metadata();
    expect(metadata).toMatchObject({ format: 'jpeg', width: 2400, height: 1800, orientation: 6 });
    expect(metadata.exif).toBeDefined();
    expect(metadata.icc).toBeDefined();
    expect(photo.includes('Exif')).toBe(true);
    expect(photo.includes(GPS_MARKER)).toBe(true);
    expect(photo.includes(CAMERA_MARKER)).toBe(true);
  });

  it('is stored upright in standard widths up to its own, never wider', () => {
    // Upright the photo is 1800×2400: 320, 640, 1280 and its own 1800 (not 1920).
    expect(uploaded.variants.map((variant) => variant.width)).toEqual([320, 640, 1280, 1800]);
    expect(uploaded.variants.map((variant) => variant.url)).toEqual(
      [320, 640, 1280, 1800].map((width) => `/files/${uploaded.id}/${width}.webp`),
    );
    expect(uploaded).toMatchObject({ width: 1800, height: 2400, url: `/files/${uploaded.id}/1800.webp` });
  });

  it('serves every variant as WebP without any metadata, the right way up', async () => {
    for (const variant of uploaded.variants) {
      const response = await fetchFile(server.url, variant.url, cookie);
      expect(response.status).toBe(200);
      const bytes = Buffer.from(await response.arrayBuffer());
      const metadata = await sharp(bytes).metadata();
      expect(metadata.format).toBe('webp');
      expect(metadata.width).toBe(variant.width);
      // Portrait, as it was held: the EXIF orientation was applied, then dropped.
      expect(metadata.height).toBe(Math.round((variant.width * 2400) / 1800));
      expect(metadata.orientation).toBeUndefined();
      expect(metadata.exif).toBeUndefined();
      expect(metadata.icc).toBeUndefined();
      expect(metadata.xmp).toBeUndefined();
      expect(metadata.iptc).toBeUndefined();
      for (const trace of ['Exif', 'GPS', GPS_MARKER, CAMERA_MARKER, 'ICCP', 'XMP ']) expect(bytes.includes(trace)).toBe(false);
    }
  });

  it('serves pictures with headers that keep them pictures', async () => {
    const response = await fetchFile(server.url, uploaded.url, cookie);
    expect(response.status).toBe(200);
    const names = [
      'content-type',
      'x-content-type-options',
      'content-security-policy',
      'content-disposition',
      'cache-control',
      'cross-origin-resource-policy',
    ];
    expect(Object.fromEntries(names.map((name) => [name, response.headers.get(name)]))).toEqual({
      'content-type': 'image/webp',
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'",
      'content-disposition': 'inline',
      'cache-control': 'private, max-age=31536000, immutable',
      'cross-origin-resource-policy': 'same-origin',
    });
    // The web app's own policy lets its pages show them (same origin).
    const page = await fetch(`${server.url}/api/health`);
    expect(page.headers.get('content-security-policy')).toContain("img-src 'self'");
  });

  it('keeps only the variants on disk, under the upload id', async () => {
    expect(await storedFiles(server.dataDir)).toEqual([
      uploaded.id,
      ...[1280, 1800, 320, 640].map((width) => `${uploaded.id}/${width}.webp`),
    ]);
  });
});

import type { UploadedImage } from '@kopa/protocol';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login } from '../support/api-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { animated, gif, jpeg, png, webp } from './picture-samples.js';
import { fetchFile, uploadPicture, welcomeSpaceId } from './upload-client.js';

describe('picture variants', () => {
  let server: TestServer;
  let cookie: string;
  let spaceId: string;

  beforeAll(async () => {
    server = await startTestServer();
    cookie = (await login(server.url, 'janis')).cookie;
    spaceId = await welcomeSpaceId(server.url, cookie);
  });
  afterAll(() => server?.stop());

  /** Uploads and returns each served variant's real size. */
  const servedSizes = async (bytes: Buffer, contentType: string) => {
    const { status, body } = await uploadPicture<UploadedImage>(server.url, spaceId, bytes, { cookie, contentType });
    expect(status).toBe(201);
    const sizes = [];
    for (const variant of body.variants) {
      const response = await fetchFile(server.url, variant.url, cookie);
      expect(response.status).toBe(200);
      const metadata = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
      expect(metadata.format).toBe('webp');
      expect(metadata.width).toBe(variant.width);
      sizes.push({ width: metadata.width, height: metadata.height, hasAlpha: metadata.hasAlpha });
    }
    return { image: body, sizes };
  };

  it('makes every standard width below a wide PNG and keeps its transparency', async () => {
    const { image, sizes } = await servedSizes(await png(1500, 1000), 'image/png');
    expect(sizes).toEqual([
      { width: 320, height: 213, hasAlpha: true },
      { width: 640, height: 427, hasAlpha: true },
      { width: 1280, height: 853, hasAlpha: true },
      { width: 1500, height: 1000, hasAlpha: true },
    ]);
    expect(image).toMatchObject({ width: 1500, height: 1000 });
  });

  it('sizes a tall portrait photo by its width, never upscaling it', async () => {
    const { image, sizes } = await servedSizes(await jpeg(900, 3000), 'image/jpeg');
    expect(sizes.map(({ width, height }) => [width, height])).toEqual([
      [320, 1067],
      [640, 2133],
      [900, 3000],
    ]);
    expect(image).toMatchObject({ width: 900, height: 3000, url: `/files/${image.id}/900.webp` });
  });

  it('stops at 1920 for a very wide WebP', async () => {
    const { sizes } = await servedSizes(await webp(4000, 1000), 'image/webp');
    expect(sizes.map(({ width, height }) => [width, height])).toEqual([
      [320, 80],
      [640, 160],
      [1280, 320],
      [1920, 480],
    ]);
  });

  it('keeps a picture smaller than every standard width at its own size', async () => {
    const { sizes } = await servedSizes(await gif(120, 90), 'image/gif');
    expect(sizes.map(({ width, height }) => [width, height])).toEqual([[120, 90]]);
  });

  it('keeps only the first frame of an animated GIF or WebP', async () => {
    for (const [bytes, type, first] of [
      [await animated(['#ff0000', '#0000ff'], 'gif'), 'image/gif', { r: 248, g: 8, b: 8 }],
      [await animated(['#0000ff', '#ff0000'], 'webp'), 'image/webp', { r: 8, g: 8, b: 248 }],
    ] as const) {
      expect((await sharp(bytes).metadata()).pages).toBe(2);
      const { status, body } = await uploadPicture<UploadedImage>(server.url, spaceId, bytes, { cookie, contentType: type });
      expect(status).toBe(201);
      expect(body).toMatchObject({ width: 64, height: 48 });
      const served = Buffer.from(await (await fetchFile(server.url, body.url, cookie)).arrayBuffer());
      expect((await sharp(served).metadata()).pages).toBeUndefined();
      expect((await sharp(served).stats()).dominant).toEqual(first);
    }
  });
});

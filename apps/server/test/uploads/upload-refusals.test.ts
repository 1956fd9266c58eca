import { LIMITS, type ApiError, type UploadedImage } from '@kopa/protocol';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login } from '../support/api-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { elfExecutable, jpeg, shellScript, svgWithScript } from './picture-samples.js';
import { storedFiles, uploadPicture, welcomeSpaceId } from './upload-client.js';

describe('uploads that are not usable pictures', () => {
  let server: TestServer;
  let cookie: string;
  let spaceId: string;

  beforeAll(async () => {
    server = await startTestServer();
    cookie = (await login(server.url, 'janis')).cookie;
    spaceId = await welcomeSpaceId(server.url, cookie);
  });
  afterAll(() => server?.stop());

  /** Uploads, expects the refusal, and checks nothing reached the files directory. */
  const refused = async (bytes: Uint8Array, contentType: string) => {
    const before = await storedFiles(server.dataDir);
    const response = await uploadPicture<ApiError>(server.url, spaceId, bytes, { cookie, contentType });
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await storedFiles(server.dataDir)).toEqual(before);
    return response;
  };

  it('refuses an executable renamed to .jpg, whatever the browser calls it', async () => {
    const { status, body } = await refused(elfExecutable(), 'image/jpeg');
    expect(status).toBe(415);
    expect(body).toEqual({
      code: 'unsupported_image',
      error: 'This file is not a picture Kopa can use: choose a JPG, PNG, WebP or GIF.',
    });
  });

  it('refuses a shell script named like a photo', async () => {
    const { status, body } = await refused(shellScript(), 'image/jpeg');
    expect(status).toBe(415);
    expect(body.code).toBe('unsupported_image');
    expect(body.error).toMatch(/choose a JPG, PNG, WebP or GIF/);
  });

  it('refuses an SVG drawing carrying a script, saying why', async () => {
    const { status, body } = await refused(svgWithScript(), 'image/svg+xml');
    expect(status).toBe(415);
    expect(body.code).toBe('unsupported_image');
    expect(body.error).toMatch(/SVG.*cannot be uploaded/);
  });

  it('refuses a picture format Kopa does not take (TIFF) even though it is an image', async () => {
    const tiff = await sharp({ create: { width: 50, height: 50, channels: 3, background: '#000' } }).tiff().toBuffer();
    const { status, body } = await refused(tiff, 'image/tiff');
    expect(status).toBe(415);
    expect(body.code).toBe('unsupported_image');
  });

  it('refuses a damaged JPEG with a clear message', async () => {
    const whole = await jpeg(400, 300);
    const { status, body } = await refused(whole.subarray(0, 200), 'image/jpeg');
    expect(status).toBe(415);
    expect(body).toMatchObject({ code: 'unsupported_image', error: expect.stringMatching(/could not be read/) });
  });

  it('refuses an 11 MB file as too big, in JSON', async () => {
    const big = Buffer.concat([await jpeg(100, 100), Buffer.alloc(11 * 1024 * 1024)]);
    const { status, body } = await refused(big, 'image/jpeg');
    expect(status).toBe(413);
    expect(body).toEqual({ code: 'payload_too_large', error: expect.stringMatching(/^The picture is bigger than 10 MB/) });
  });

  it('takes exactly 10 MB and refuses one byte more', async () => {
    const small = await jpeg(100, 100);
    // Bytes after a JPEG's end marker are ignored by decoders: a valid picture of any size.
    const exactly = Buffer.concat([small, Buffer.alloc(LIMITS.maxUploadBytes - small.length)]);
    const accepted = await uploadPicture<UploadedImage>(server.url, spaceId, exactly, { cookie, contentType: 'image/jpeg' });
    expect(accepted.status).toBe(201);
    expect(accepted.body.variants.map((variant) => variant.width)).toEqual([100]);

    const oneMore = Buffer.concat([exactly, Buffer.from([0])]);
    const { status, body } = await refused(oneMore, 'image/jpeg');
    expect(status).toBe(413);
    expect(body.code).toBe('payload_too_large');
  });

  it('refuses a decompression bomb: a small file that claims too many pixels', async () => {
    // 9000×8000 of one colour: a few hundred kB of PNG, 72 megapixels once decoded.
    const bomb = await sharp({ create: { width: 9000, height: 8000, channels: 3, background: '#fff' } })
      .png({ compressionLevel: 9 })
      .toBuffer();
    expect(bomb.length).toBeLessThan(LIMITS.maxUploadBytes);
    const { status, body } = await refused(bomb, 'image/png');
    expect(status).toBe(413);
    expect(body).toMatchObject({ code: 'payload_too_large', error: expect.stringMatching(/million pixels/) });
  });

  it('asks for the picture when the body is empty', async () => {
    const { status, body } = await refused(new Uint8Array(0), 'image/png');
    expect(status).toBe(400);
    expect(body.code).toBe('invalid_request');
  });

  it('reads the bytes whatever the Content-Type, JSON included', async () => {
    const picture = await jpeg(700, 500);
    const { status, body } = await uploadPicture<UploadedImage>(server.url, spaceId, picture, {
      cookie,
      contentType: 'application/json',
    });
    expect(status).toBe(201);
    expect(body.variants.map((variant) => variant.width)).toEqual([320, 640, 700]);
  });
});

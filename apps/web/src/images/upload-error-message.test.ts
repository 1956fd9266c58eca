import { createTranslator } from '@kopa/i18n';
import { describe, expect, it } from 'vitest';
import { ApiRequestError } from '../api/api-client';
import { uploadErrorMessage } from './upload-error-message';

const { t: en } = createTranslator('en');
const { t: lv } = createTranslator('lv');
const photo = new File([new Uint8Array(4)], 'beach.jpg', { type: 'image/jpeg' });
const drawing = new File(['<svg/>'], 'logo.svg', { type: 'image/svg+xml' });

describe('uploadErrorMessage', () => {
  it('turns the server’s codes into words that name the file', () => {
    expect(uploadErrorMessage(new ApiRequestError(415, 'unsupported_image', 'x'), photo, en)).toBe(
      '“beach.jpg” is not a picture Kopa can use. Choose a JPG, PNG, WebP or GIF.',
    );
    expect(uploadErrorMessage(new ApiRequestError(413, 'payload_too_large', 'x'), photo, en)).toContain('up to 10 MB');
    expect(uploadErrorMessage(new ApiRequestError(403, 'forbidden', 'x'), photo, en)).toBe('You cannot add pictures here.');
  });

  it('says why an SVG drawing is refused', () => {
    expect(uploadErrorMessage(new ApiRequestError(415, 'unsupported_image', 'x'), drawing, en)).toContain('SVG drawing');
  });

  it('falls back to the general messages, in the pupil’s language', () => {
    expect(uploadErrorMessage(new ApiRequestError(0, 'network', 'x'), photo, en)).toBe(
      '“beach.jpg” could not be added. Kopa cannot reach the server. Check your internet connection and try again.',
    );
    expect(uploadErrorMessage(new ApiRequestError(403, 'forbidden', 'x'), photo, lv)).toBe('Tu šeit nevari pievienot attēlus.');
  });
});

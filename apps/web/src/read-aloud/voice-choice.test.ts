import { describe, expect, it } from 'vitest';
import { voiceFor } from './voice-choice';

const voices = [
  { name: 'Google US English', lang: 'en-US' },
  { name: 'Google UK English Female', lang: 'en-GB' },
  { name: 'Anna', lang: 'de-CH', localService: true },
  { name: 'Markus', lang: 'de_DE', localService: true },
  { name: 'Laura', lang: 'lv-LV' },
  { name: 'Luciana', lang: 'pt-BR' },
  { name: 'Joana', lang: 'pt-PT', default: true },
];

describe('voiceFor', () => {
  it('takes the exact tag first, then any voice of the language', () => {
    expect(voiceFor(voices, 'en-GB')?.name).toBe('Google UK English Female');
    expect(voiceFor(voices, 'pt-BR')?.name).toBe('Luciana');
    expect(voiceFor(voices, 'lv')?.name).toBe('Laura');
    expect(voiceFor(voices, 'LV-lv')?.name).toBe('Laura');
  });

  it('prefers the default voice, then the device’s own, then the language’s home region', () => {
    expect(voiceFor(voices, 'pt')?.name).toBe('Joana');
    expect(voiceFor(voices, 'de')?.name).toBe('Markus');
  });

  it('says so when the device has no voice for the language', () => {
    expect(voiceFor(voices, 'mk')).toBeNull();
    expect(voiceFor(voices, '')).toBeNull();
    expect(voiceFor([], 'en')).toBeNull();
  });
});

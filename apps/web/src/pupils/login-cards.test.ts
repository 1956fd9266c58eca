import { describe, expect, it } from 'vitest';
import { loginCardUrl } from './login-cards';

describe('the address in a login card’s QR code', () => {
  it('opens the login page of this Kopa with the username filled in', () => {
    expect(loginCardUrl('http://kopa.school.lv:3000', 'janis2.lv')).toBe('http://kopa.school.lv:3000/login?username=janis2.lv');
  });

  it('keeps any username intact through the query string', () => {
    const url = new URL(loginCardUrl('https://kopa.example', 'a&b=c d'));
    expect(url.searchParams.get('username')).toBe('a&b=c d');
  });
});

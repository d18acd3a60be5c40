import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl } from '../../../src/main/core/external-links';

const allowed = ['https://checkout.ozura.com'];

describe('isAllowedExternalUrl', () => {
  it('allows a checkout link on the configured host', () => {
    expect(isAllowedExternalUrl('https://checkout.ozura.com/checkout/session_abc', allowed)).toBe(true);
  });

  it.each([
    ['another host', 'https://evil.example/checkout/session_abc'],
    ['a look-alike host', 'https://checkout.ozura.com.evil.example/'],
    ['plain http on the same host', 'http://checkout.ozura.com/checkout/x'],
    ['another port', 'https://checkout.ozura.com:8443/checkout/x'],
    ['a file', 'file:///etc/passwd'],
    ['javascript', 'javascript:alert(1)'],
    ['credentials in the URL', 'https://user:pw@checkout.ozura.com/'],
    ['not a URL', 'checkout.ozura.com/checkout'],
  ])('refuses %s', (_name, url) => {
    expect(isAllowedExternalUrl(url, allowed)).toBe(false);
  });
});

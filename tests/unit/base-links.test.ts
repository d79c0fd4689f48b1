import { describe, expect, it } from 'vitest';
import { prefixBase } from '../../src/plugins/base-links';

describe('prefixBase', () => {
  it('adds the base path to root-relative links', () => {
    expect(prefixBase('/pay/', '/guide/')).toBe('/guide/pay/');
    expect(prefixBase('/', '/guide/')).toBe('/guide/');
    expect(prefixBase('/reference/sources/#refonte-2025', '/guide/')).toBe('/guide/reference/sources/#refonte-2025');
  });

  it('leaves other links alone', () => {
    expect(prefixBase('/pay/', '/')).toBe('/pay/');
    expect(prefixBase('https://example.org/', '/guide/')).toBe('https://example.org/');
    expect(prefixBase('//cdn.example.org/x.js', '/guide/')).toBe('//cdn.example.org/x.js');
    expect(prefixBase('#section', '/guide/')).toBe('#section');
    expect(prefixBase('../pay/', '/guide/')).toBe('../pay/');
    expect(prefixBase('/guide/pay/', '/guide/')).toBe('/guide/pay/');
  });
});

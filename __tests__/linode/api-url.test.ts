import { describe, expect, it } from 'vitest';
import { baseUrlText, isLoopbackHost, validateApiUrl } from '../../src/linode/api-url.js';

const HTTPS_ONLY = 'api-url must use https (http is allowed only for loopback, e.g. the emulator)';

describe('validateApiUrl', () => {
  it('accepts https and strips trailing slashes', () => {
    expect(baseUrlText(validateApiUrl('https://api.linode.com/'))).toBe('https://api.linode.com');
    expect(baseUrlText(validateApiUrl('https://proxy.example.com/linode//'))).toBe('https://proxy.example.com/linode');
  });

  it.each(['http://127.0.0.1:4010', 'http://127.8.9.10/', 'http://localhost:8080', 'http://LOCALHOST', 'http://[::1]:9000'])(
    'allows http for loopback %s',
    (url) => {
      expect(validateApiUrl(url).protocol).toBe('http:');
    },
  );

  it.each(['http://api.linode.com', 'http://10.0.0.1', 'http://128.0.0.1', 'http://localhost.example.com', 'ftp://127.0.0.1', 'ws://localhost'])(
    'refuses %s',
    (url) => {
      expect(() => validateApiUrl(url)).toThrow(HTTPS_ONLY);
    },
  );

  it('refuses credentials, query strings and unparsable text', () => {
    expect(() => validateApiUrl('https://user:pw@api.linode.com')).toThrow('must not contain a user name or password');
    expect(() => validateApiUrl('https://api.linode.com/?x=1')).toThrow('must not contain a query string');
    expect(() => validateApiUrl('api.linode.com')).toThrow('api-url is not a valid URL');
  });
});

describe('isLoopbackHost', () => {
  it('knows 127.0.0.0/8, localhost and [::1] only', () => {
    expect(isLoopbackHost('127.0.0.1')).toBe(true);
    expect(isLoopbackHost('127.255.255.254')).toBe(true);
    expect(isLoopbackHost('[::1]')).toBe(true);
    expect(isLoopbackHost('127.0.0.1.nip.io')).toBe(false);
    expect(isLoopbackHost('0.0.0.0')).toBe(false);
  });
});

import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findAddresses } from '../../../app/contract/shared/addresses.ts';
import { sanitiseArticleHtml } from '../../../app/contract/shared/sanitise-config.ts';
import { checkHost, isLocalAddress, parseAddress } from '../../../app/web/address-guard.ts';
import { decodePage, metaCharset } from '../../../app/web/decode-page.ts';
import { imageType } from '../../../app/web/page-images.ts';
import { png } from '../../support/web-pages.ts';

describe('which addresses are fetched', () => {
  it('tells addresses on this computer, a local network or a reserved range from public ones', () => {
    for (const ip of ['127.0.0.1', '127.8.9.10', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '0.0.0.0', '100.64.0.1', '::1', '::', 'fe80::1', 'fd12:3456::1', '::ffff:127.0.0.1', '::ffff:192.168.0.1', '224.0.0.1']) {
      expect(isLocalAddress(ip), ip).toBe(true);
    }
    for (const ip of ['93.184.216.34', '172.32.0.1', '8.8.8.8', '2606:4700::1111', '::ffff:8.8.8.8']) expect(isLocalAddress(ip), ip).toBe(false);
  });

  it('fetches http and https only, without credentials, and refuses local hosts before any lookup', async () => {
    expect(parseAddress(' https://example.org/a#part ').toString()).toBe('https://example.org/a');
    for (const bad of ['file:///etc/passwd', 'javascript:alert(1)', 'ftp://example.org/', 'not an address', 'https://user:secret@example.org/']) {
      expect(() => parseAddress(bad), bad).toThrow(expect.objectContaining({ code: 'address_invalid' }));
    }
    for (const local of ['http://localhost/', 'http://api.localhost/', 'http://127.0.0.1:8080/', 'http://[::1]/', 'http://10.0.0.8/']) {
      await expect(checkHost(new URL(local), false), local).rejects.toMatchObject({ code: 'address_refused' });
      await expect(checkHost(new URL(local), true)).resolves.toBeUndefined();
    }
  });
});

describe('addresses in pasted text', () => {
  it('finds each address once, without the punctuation around it', () => {
    const text = `À lire : https://exemple.fr/article-1, et (https://exemple.fr/b?x=1&y=2).
      https://fr.wikipedia.org/wiki/Lyon_(ville) « https://exemple.fr/article-1 » ftp://x.org/ https://exemple.fr/fin.`;
    expect(findAddresses(text)).toEqual(['https://exemple.fr/article-1', 'https://exemple.fr/b?x=1&y=2', 'https://fr.wikipedia.org/wiki/Lyon_(ville)', 'https://exemple.fr/fin']);
    expect(findAddresses('rien ici')).toEqual([]);
  });
});

describe('a page’s charset', () => {
  const latin1 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
  it('takes the header, then a <meta>, then detects', () => {
    const page = latin1('<html><head><meta charset="windows-1252"><title>\xe9t\xe9</title></head><body>\xc9t\xe9 \x92</body></html>');
    expect(metaCharset(page)).toBe('windows-1252');
    expect(decodePage(page, 'text/html').text).toContain('Été ’');
    expect(decodePage(page, 'text/html; charset=ISO-8859-1').encoding).toBe('windows-1252');
    const utf8 = new TextEncoder().encode('<html><body>Été « ça »</body></html>');
    expect(decodePage(utf8, 'text/html').text).toContain('Été « ça »');
    // Says UTF-8, is not: detected rather than filled with replacement characters.
    expect(decodePage(latin1('<p>\xc9t\xe9 \xe0 Lyon, d\xe9j\xe0</p>'), 'text/html; charset=utf-8').text).toBe('<p>Été à Lyon, déjà</p>');
  });
});

describe('images of saved pages', () => {
  it('are recognised by their bytes, not by what the server says', () => {
    expect(imageType(png(1, 1, [0, 0, 0]))).toBe('image/png');
    expect(imageType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(imageType(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>x()</script></svg>'))).toBeNull();
  });

  it('keep their library hash through the sanitiser, on images only', () => {
    const hash = 'a'.repeat(63) + '1';
    const purify = createDOMPurify(new JSDOM('').window as never);
    const clean = sanitiseArticleHtml(purify, `<p data-image="${hash}">x</p><img data-image="${hash}" alt="a"><img data-image="../../etc" alt="b"><img src="https://tracker.example/p.gif">`);
    const body = new JSDOM(`<body>${clean}</body>`).window.document.body;
    expect(body.querySelector('p')!.attributes).toHaveLength(0);
    expect(Array.from(body.querySelectorAll('img')).map((i) => [i.getAttribute('alt'), i.getAttribute('data-image'), i.getAttribute('src')])).toEqual([['a', hash, null]]);
  });
});

/**
 * Security headers in netlify.toml: a strict Content-Security-Policy (scripts only from our own
 * origin, PDOK as the only third party), HSTS, nosniff, referrer and permissions policies, no
 * framing — and the year-long immutable cache only for Astro's hashed assets in /_astro/.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'smol-toml';
import { describe, expect, it } from 'vitest';

interface HeaderRegel {
  for: string;
  values: Record<string, string>;
}

const toml = parse(readFileSync(resolve(import.meta.dirname, '../../netlify.toml'), 'utf8')) as {
  headers?: HeaderRegel[];
};
const regels = toml.headers ?? [];

function headersVoor(pad: string): Record<string, string> {
  const regel = regels.find((r) => r.for === pad);
  if (!regel) throw new Error(`Geen [[headers]] voor "${pad}" in netlify.toml`);
  // Header names are case-insensitive: compare in lower case.
  return Object.fromEntries(Object.entries(regel.values).map(([k, v]) => [k.toLowerCase(), v]));
}

/** "default-src 'self'; img-src 'self' data:" → { 'default-src': ["'self'"], 'img-src': ["'self'", 'data:'] } */
function directieven(csp: string): Map<string, string[]> {
  const uit = new Map<string, string[]>();
  for (const deel of csp.split(';')) {
    const [naam, ...bronnen] = deel.trim().split(/\s+/);
    if (!naam) continue;
    expect(uit.has(naam.toLowerCase()), `directive ${naam} twice`).toBe(false);
    uit.set(naam.toLowerCase(), bronnen);
  }
  return uit;
}

describe('security headers for /*', () => {
  const h = headersVoor('/*');
  const csp = directieven(h['content-security-policy'] ?? '');

  it('has a Content-Security-Policy', () => {
    expect(h['content-security-policy']).toBeTruthy();
    expect(h['content-security-policy-report-only'], 'enforced, not report-only').toBeUndefined();
  });

  it("script-src is only 'self' (+ WebAssembly for pagefind): no 'unsafe-inline', no 'unsafe-eval', no other host", () => {
    // 'wasm-unsafe-eval' only allows compiling WebAssembly (pagefind's search); JavaScript eval stays forbidden.
    expect(csp.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    for (const [naam, bronnen] of csp) {
      if (naam.startsWith('script-src') || naam === 'default-src') {
        expect(bronnen, naam).not.toContain("'unsafe-inline'");
        expect(bronnen, naam).not.toContain("'unsafe-eval'");
        expect(bronnen, naam).not.toContain("'unsafe-hashes'");
      }
    }
    expect(csp.has('script-src-elem'), 'no script-src-elem that would widen script-src').toBe(false);
    expect(csp.has('script-src-attr'), 'no script-src-attr').toBe(false);
  });

  it('styles only from our own origin', () => {
    expect(csp.get('style-src')).toEqual(["'self'"]);
    expect(csp.has('style-src-attr')).toBe(false);
    expect(csp.has('style-src-elem')).toBe(false);
  });

  it('the map tiles (PDOK) are the only third party of resident pages; GitHub only for the CMS', () => {
    const hosts = new Set(
      [...csp.values()].flat().filter((b) => /^https?:\/\//.test(b) || /^[a-z0-9*-]+(\.[a-z0-9-]+)+/i.test(b)),
    );
    // The content editor at /admin/ talks to GitHub's API and shows the editor's avatar.
    expect([...hosts].sort()).toEqual([
      'https://api.github.com',
      'https://api.pdok.nl',
      'https://avatars.githubusercontent.com',
      'https://service.pdok.nl',
    ]);
    expect(csp.get('img-src')).toEqual([
      "'self'",
      'data:',
      'blob:',
      'https://api.pdok.nl',
      'https://service.pdok.nl',
      'https://avatars.githubusercontent.com',
    ]);
    expect(csp.get('connect-src')).toEqual([
      "'self'",
      'https://api.pdok.nl',
      'https://service.pdok.nl',
      'https://api.github.com',
    ]);
    expect(csp.get('font-src')).toEqual(["'self'", 'https://api.pdok.nl']);
    expect(csp.get('worker-src')).toEqual(["'self'", 'blob:']);
    expect(csp.get('child-src')).toEqual(['blob:']);
  });

  it('locks down plugins, base, forms and framing, and upgrades insecure requests', () => {
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    expect(csp.get('form-action')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('upgrade-insecure-requests')).toEqual([]);
  });

  it('Strict-Transport-Security for two years, including subdomains', () => {
    const hsts = (h['strict-transport-security'] ?? '').split(';').map((d) => d.trim().toLowerCase());
    expect(hsts).toContain('max-age=63072000');
    expect(hsts).toContain('includesubdomains');
  });

  it('nosniff, no framing, a strict referrer policy', () => {
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['x-frame-options']).toBe('DENY');
    expect(['strict-origin-when-cross-origin', 'no-referrer']).toContain(h['referrer-policy']);
  });

  it('Permissions-Policy denies camera, microphone, geolocation and interest-based ads', () => {
    const beleid = new Map(
      (h['permissions-policy'] ?? '').split(',').map((d) => {
        const [naam = '', waarde = ''] = d.trim().split('=');
        return [naam, waarde] as const;
      }),
    );
    for (const f of ['camera', 'microphone', 'geolocation', 'browsing-topics', 'payment', 'usb'])
      expect(beleid.get(f), f).toBe('()');
    // Every listed feature is denied, none allowed.
    for (const [f, w] of beleid) expect(w, f).toBe('()');
  });
});

describe('caching', () => {
  it('/_astro/* (hashed file names) is cached for a year, immutable', () => {
    expect(headersVoor('/_astro/*')['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('the long cache applies only to /_astro/*', () => {
    const metLangeCache = regels
      .filter((r) =>
        Object.entries(r.values).some(
          ([k, v]) => k.toLowerCase() === 'cache-control' && /immutable|max-age=[1-9]/.test(v),
        ),
      )
      .map((r) => r.for);
    expect(metLangeCache).toEqual(['/_astro/*']);
  });
});

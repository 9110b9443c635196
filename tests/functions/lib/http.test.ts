/** The rate limit's client key: a keyed hash of the address, never the address itself. */
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { binnenLimiet, clientSleutel, padDelen, verzoekPad } from '../../../functions/lib/http.ts';

const verzoek = (ip: string): Request =>
  new Request('http://localhost/api/x', { headers: { 'x-nf-client-connection-ip': ip } });

describe('clientSleutel', () => {
  it('gives the same key for the same address and secret, another for another address', () => {
    expect(clientSleutel(verzoek('192.0.2.7'), undefined, 'geheim')).toBe(
      clientSleutel(verzoek('192.0.2.7'), undefined, 'geheim'),
    );
    expect(clientSleutel(verzoek('192.0.2.7'), undefined, 'geheim')).not.toBe(
      clientSleutel(verzoek('192.0.2.8'), undefined, 'geheim'),
    );
  });

  it('does not contain the address and is not a plain hash of it (needs the secret)', () => {
    const sleutel = clientSleutel(verzoek('192.0.2.7'), undefined, 'geheim');
    expect(sleutel).not.toContain('192');
    for (const poging of ['192.0.2.7', 'wijkgericht-voorschoten:192.0.2.7']) {
      expect(sleutel).not.toBe(createHash('sha256').update(poging).digest('base64url').slice(0, 22));
    }
    expect(sleutel).not.toBe(clientSleutel(verzoek('192.0.2.7'), undefined, 'ander-geheim'));
  });

  it("prefers the platform's context.ip over headers", () => {
    expect(clientSleutel(verzoek('192.0.2.7'), '198.51.100.1', 'g')).toBe(
      clientSleutel(verzoek('203.0.113.9'), '198.51.100.1', 'g'),
    );
  });
});

/**
 * netlify dev asks a function again for <path>.html, .htm, /index.html and /index.htm after a 403
 * or 404 and passes on the last answer: the function answers those as the original path.
 */
describe('padDelen and verzoekPad under netlify dev', () => {
  const patroon = /^\/api\/enquetes\/(?<slug>[a-z0-9-]{1,100})\/resultaten\/?$/;
  const bij = (pad: string) => new Request(`http://localhost${pad}`);
  afterEach(() => vi.unstubAllEnvs());

  it.each([
    '/api/enquetes/wijk/resultaten.html',
    '/api/enquetes/wijk/resultaten.htm',
    '/api/enquetes/wijk/resultaten/index.html',
    '/api/enquetes/wijk/resultaten/index.htm',
  ])('%s is the follow-up of /api/enquetes/wijk/resultaten', (pad) => {
    vi.stubEnv('NETLIFY_DEV', 'true');
    expect(padDelen(bij(pad), patroon)).toEqual({ slug: 'wijk' });
    expect(verzoekPad(bij(pad))).toEqual({ pad: '/api/enquetes/wijk/resultaten', vervolg: true });
  });

  it('an ordinary path is not a follow-up', () => {
    vi.stubEnv('NETLIFY_DEV', 'true');
    expect(verzoekPad(bij('/api/enquetes/wijk/resultaten'))).toEqual({
      pad: '/api/enquetes/wijk/resultaten',
      vervolg: false,
    });
    expect(padDelen(bij('/api/enquetes/wijk/resultaten/'), patroon)).toEqual({ slug: 'wijk' });
  });

  it('in production nothing is stripped', () => {
    vi.stubEnv('NETLIFY_DEV', '');
    expect(padDelen(bij('/api/enquetes/wijk/resultaten.html'), patroon)).toBeUndefined();
  });

  it('a follow-up is not counted again by the rate limit (its original was)', async () => {
    vi.stubEnv('NETLIFY_DEV', 'true');
    const geteld: unknown[] = [];
    const db = { query: (_sql: string, params?: readonly unknown[]) => (geteld.push(params), Promise.resolve([])) };
    const vervolg = bij('/api/enquetes/wijk/antwoorden.html');
    expect(await binnenLimiet(db as never, clientSleutel(vervolg, '192.0.2.7'), 1, new Date())).toBe(true);
    expect(geteld).toEqual([]);
  });
});

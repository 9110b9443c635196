/**
 * GET /api/straat (functions/straat.ts), called directly with Request objects against the real
 * street index (content/straten.json, bundled by a static import). No server, no database.
 */
import { describe, expect, it } from 'vitest';
import { maakStraatHandler } from '../../functions/straat.ts';
import { geenKader } from '../../functions/lib/pagina.ts';

const handler = maakStraatHandler(geenKader);
const vraag = (q: string | undefined, method = 'GET') =>
  handler(
    new Request(`http://localhost/api/straat${q === undefined ? '' : `?q=${encodeURIComponent(q)}`}`, { method }),
  );

describe('GET /api/straat', () => {
  it('sends one matching street name to its page (302), whatever the case, spacing or accents', async () => {
    for (const q of [
      'Jan Evertsenlaan',
      'jan  evertsenlaan',
      'JAN EVERTSENLAAN',
      'Ján Évertsenlaan',
      'Jan Evertsenlaan 4',
    ]) {
      const r = await vraag(q);
      expect(r.status, q).toBe(302);
      expect(r.headers.get('location'), q).toBe('/straten/jan-evertsenlaan/');
    }
    const r = await vraag('Handellaan');
    expect(r.headers.get('location')).toBe('/straten/handellaan/');
  });

  it('sends a PC6 postcode to the street that has it (302)', async () => {
    for (const q of ['2253 VC', '2253vc']) {
      const r = await vraag(q);
      expect(r.status, q).toBe(302);
      expect(r.headers.get('location'), q).toBe('/straten/jan-evertsenlaan/');
    }
  });

  it('lists the streets when a term matches several (200, valid accessible page)', async () => {
    const r = await vraag('hof');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('text/html');
    const html = await r.text();
    expect(html).toMatch(/<html lang="nl"/);
    expect(html).toContain('href="#inhoud"');
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
    for (const slug of ['alettahof', 'hoflaan', 'hofweg']) expect(html).toContain(`href="/straten/${slug}/"`);
    expect(html).toContain('<label class="utrecht-form-label" for="straat-zoeker">');
    expect(html).toContain('value="hof"');
  });

  it('answers a nonsense or empty query with a helpful 404 page', async () => {
    for (const q of ['qwxzv', '', undefined]) {
      const r = await vraag(q);
      expect(r.status, String(q)).toBe(404);
      const html = await r.text();
      expect(html, String(q)).toContain('niet gevonden');
      expect(html).toContain('postcode');
      expect(html).toContain('href="/straten/"');
      expect(html).toContain('href="/wijken/"');
    }
  });

  it('escapes what was typed, and reads at most 100 characters', async () => {
    const r = await vraag('<script>alert(1)</script>');
    const html = await r.text();
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    const lang = await (await vraag(`qwxzv${'a'.repeat(500)}`)).text();
    expect(lang).not.toContain('a'.repeat(100));
  });

  it('refuses other methods', async () => {
    expect((await vraag('Hoflaan', 'POST')).status).toBe(405);
  });
});

/**
 * GET /api/straat (functions/straat.ts), called directly with Request objects against the real
 * street index (content/straten.json, bundled by a static import). No server, no database.
 */
import { describe, expect, it } from 'vitest';
import { maakStraatHandler } from '../../functions/straat.ts';
import { geenKader } from '../../functions/lib/pagina.ts';
import stratenJson from '../../content/straten.json' with { type: 'json' };

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

  it('sends a street typed with town, house number or postcode to its page (302)', async () => {
    for (const q of [
      'Bachlaan, Voorschoten',
      'Bachlaan Voorschoten',
      'Voorschoten, Bachlaan',
      'bachlaan 12',
      'Bachlaan 12, 2254 EA Voorschoten',
      '2254 EA 12',
      '2254EA12',
      '2254 ea 12a',
      '2254 EA, 12',
    ]) {
      const r = await vraag(q);
      expect(r.status, q).toBe(302);
      expect(r.headers.get('location'), q).toBe('/straten/bachlaan/');
    }
  });

  it('says a PC6 is not known and lists every street of its PC4, also those known by PC6', async () => {
    const pc4 = stratenJson.filter((s) => s.postcodes.some((p) => p.startsWith('2253')));
    expect(pc4.some((s) => s.postcodes.includes('2253'))).toBe(true);
    expect(pc4.some((s) => !s.postcodes.includes('2253'))).toBe(true); // known by PC6 only
    for (const q of ['2253 AB', '2253ab', '2253-AB', ' 2253  ab ']) {
      const r = await vraag(q);
      expect(r.status, q).toBe(200);
      const html = await r.text();
      expect(html, q).toContain(
        `Postcode 2253 AB staat niet in onze lijst. Daarom ziet u hier alle straten met een postcode die begint met 2253: ${pc4.length} straten.`,
      );
      for (const s of pc4) expect(html, `${q} ${s.slug}`).toContain(`href="/straten/${s.slug}/"`);
    }
  });

  it('says which postcode a list belongs to', async () => {
    const html = await (await vraag('2252 Voorschoten')).text();
    const n = stratenJson.filter((s) => s.postcodes.some((p) => p.startsWith('2252'))).length;
    expect(html).toContain(`Bij postcode 2252 horen ${n} straten. Welke straat bedoelt u?`);
    expect(await (await vraag('hof')).text()).toMatch(/Er zijn \d+ straten die passen bij “hof”/);
  });

  it('answers an unknown postcode with a 404 that names it', async () => {
    const r = await vraag('9999 ZZ 1');
    expect(r.status).toBe(404);
    const html = await r.text();
    expect(html).toContain('We hebben geen straat in Voorschoten gevonden met postcode 9999 ZZ.');
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

/**
 * Sign-up latency for `npm run bench` (rows via metingen.ts), or alone with
 * `npm run bench:aanmelden`: a sign-up at 20 concurrent requests (p50/p95) beside a handler that
 * only parses the body (scripts/bench/latentie.ts). Sign-ups for one evening queue on its row
 * lock, which is what the ratio shows. With DATABASE_URL a bench avond is added and removed again.
 */
import { randomBytes } from 'node:crypto';
import { maakAanmeldHandler } from '../../functions/aanmelden.ts';
import { json, leesVelden } from '../../functions/lib/http.ts';
import { geenKader } from '../../functions/lib/pagina.ts';
import { testAvond } from '../../tests/support/database.ts';
import { alsScript, meetLatentie, type Latentiebench } from './latentie.ts';

export { GELIJKTIJDIG } from './latentie.ts';

export function meetAanmelden(): Promise<Latentiebench> {
  return meetLatentie({
    naam: 'aanmelding (PostgreSQL)',
    // The waitlist answers 201 too; only server errors stop the bench.
    foutVanaf: 500,
    handler: (db, slug) => {
      const avond = testAvond({
        titel: 'Benchavond',
        slug,
        project: 'bench',
        start: '2030-03-11T19:30',
        eind: '2030-03-11T21:00',
        capaciteit: 1000,
        aanmelding: { opent: '2000-01-01T00:00', sluit: '2030-03-10T12:00' },
        onderwerpen: ['x'],
      });
      return maakAanmeldHandler({
        db: () => Promise.resolve(db),
        avonden: () => Promise.resolve([avond]),
        nu: () => new Date(),
        klok: () => new Date(),
        kader: geenKader,
        limietPerMinuut: 0,
        bewaarDagen: 30,
        bezorgDirect: false,
      });
    },
    alleenParsen: async (req) => json({ velden: Object.keys(await leesVelden(req)).length }, 201),
    verzoek: (slug, i) =>
      new Request(`http://bench.test/api/avonden/${slug}/aanmeldingen`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: new URLSearchParams({
          naam: `Bewoner ${i}`,
          email: `bench-${i}-${randomBytes(3).toString('hex')}@voorbeeld.nl`,
          personen: String((i % 4) + 1),
        }).toString(),
      }),
    opruimen: async (db, slug) => {
      await db.query('DELETE FROM uitgaande_mail WHERE avond = $1', [slug]);
      await db.query('DELETE FROM aanmelding WHERE avond = $1', [slug]);
      await db.query('DELETE FROM avond WHERE slug = $1', [slug]);
    },
  });
}

alsScript(import.meta.filename, meetAanmelden);

/**
 * Survey-answer latency for `npm run bench` (rows via metingen.ts), or alone with
 * `node scripts/bench/antwoorden.ts`: an answer at 20 concurrent requests (p50/p95) beside a
 * handler that only parses the body (scripts/bench/latentie.ts). With DATABASE_URL the bench
 * survey's rows are removed again.
 */
import { maakAntwoordHandler } from '../../functions/antwoorden.ts';
import { json, leesVeldenMetLijsten } from '../../functions/lib/http.ts';
import { geenKader } from '../../functions/lib/pagina.ts';
import { testEnquete } from '../../tests/support/enquete.ts';
import { alsScript, meetLatentie, type Latentiebench } from './latentie.ts';

export { GELIJKTIJDIG } from './latentie.ts';

export function meetAntwoorden(): Promise<Latentiebench> {
  return meetLatentie({
    naam: 'enquête-antwoord (PostgreSQL)',
    foutVanaf: 400,
    handler: (db, slug) => {
      const enquete = testEnquete({ slug, opent: '2000-01-01T00:00', sluit: '2099-12-31T23:59' });
      return maakAntwoordHandler({
        db: () => Promise.resolve(db),
        enquetes: () => Promise.resolve([enquete]),
        nu: () => new Date(),
        klok: () => new Date(),
        kader: geenKader,
        limietPerMinuut: 0,
      });
    },
    alleenParsen: async (req) => json({ velden: Object.keys(await leesVeldenMetLijsten(req)).length }, 201),
    verzoek: (slug, i) => {
      const body = new URLSearchParams({ plek: i % 2 ? 'park' : 'plein', veilig: String((i % 5) + 1), licht: 'ja' });
      body.append('spelen', 'schommel');
      body.append('spelen', 'zandbak');
      body.set('idee', `Idee nummer ${i}`);
      return new Request(`http://bench.test/api/enquetes/${slug}/antwoorden`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: body.toString(),
      });
    },
    opruimen: async (db, slug) => {
      await db.query('DELETE FROM enquete_antwoord WHERE enquete = $1', [slug]);
      await db.query('DELETE FROM enquete WHERE slug = $1', [slug]);
    },
  });
}

alsScript(import.meta.filename, meetAntwoorden);

/**
 * For the coördinator: GET /api/beheer/enquetes/<slug>/antwoorden.csv — one row per response
 * after a header row, with the open texts; multiple choices joined with "; " (inside the quoted
 * cell, so no clash with the `;` between cells). Same
 * `Authorization: Bearer <BEHEER_TOKEN>` check as the sign-up export (functions/beheer.ts).
 */
import type { Config } from '@netlify/functions';
import type { Enquete } from '../src/domain/schemas.ts';
import { beheerWeigering, csvTekst } from './lib/beheer.ts';
import { isVerbindingsfout } from './lib/db.ts';
import { logFout } from './lib/diensten.ts';
import { alleAntwoorden, type AntwoordRij } from './lib/enquete-opslag.ts';
import { standaardEnqueteDiensten, vindEnquete, type EnqueteDiensten } from './lib/enquetes.ts';
import { padDelen } from './lib/http.ts';

const pad = /^\/api\/beheer\/enquetes\/(?<slug>[a-z0-9-]{1,100})\/antwoorden\.csv$/;

/** The answers as CSV (see `csvTekst`): `ingediend` is the Amsterdam day, "2027-02-20". */
export function antwoordenCsv(e: Pick<Enquete, 'vragen'>, rijen: AntwoordRij[]): string {
  const kop = ['nummer', 'ingediend', ...e.vragen.map((v) => v.id)];
  const regels = rijen.map((r, i) => [
    i + 1,
    r.ingediend,
    ...e.vragen.map((v) => (v.type === 'tekst' ? (r.teksten[v.id] ?? '') : (r.keuzes[v.id] ?? []).join('; '))),
  ]);
  return csvTekst([kop, ...regels]);
}

export function maakEnqueteExportHandler(
  d: EnqueteDiensten,
  geheim: () => string | undefined = () => process.env['BEHEER_TOKEN'],
) {
  return async (req: Request): Promise<Response> => {
    const weigering = beheerWeigering(req, geheim());
    if (weigering) return weigering;
    const slug = padDelen(req, pad)?.['slug'];
    const e = slug ? await vindEnquete(d.enquetes, slug) : undefined;
    if (!e) return new Response('Deze enquête bestaat niet.', { status: 404 });
    try {
      const rijen = await alleAntwoorden(await d.db(), e.slug);
      return new Response(antwoordenCsv(e, rijen), {
        headers: {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': `attachment; filename="antwoorden-${e.slug}.csv"`,
          'cache-control': 'no-store',
        },
      });
    } catch (fout) {
      logFout('beheer-enquetes/antwoorden', fout);
      return new Response('De database is niet bereikbaar.', { status: isVerbindingsfout(fout) ? 503 : 500 });
    }
  };
}

export default maakEnqueteExportHandler(standaardEnqueteDiensten());

export const config: Config = { path: '/api/beheer/enquetes/:slug/antwoorden.csv', method: 'GET' };

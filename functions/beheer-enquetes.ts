/**
 * For the coördinator: GET /api/beheer/enquetes/<slug>/antwoorden.csv (scripts, bearer token) and
 * /beheer/enquetes/<slug>/antwoorden.csv (the workplace, session cookie) — one row per response
 * after a header row, with the open texts; multiple choices joined with "; " (inside the quoted
 * cell, so no clash with the `;` between cells). Same check as the sign-up export
 * (`beheerToegang`); every export is written to the audit log.
 */
import type { Config } from '@netlify/functions';
import type { Enquete } from '../src/domain/schemas.ts';
import { csvTekst } from './lib/beheer.ts';
import { beheerKoppen, beheerToegang, logboek } from './lib/beheer-toegang.ts';
import { isVerbindingsfout } from './lib/db.ts';
import { logFout } from './lib/diensten.ts';
import { alleAntwoorden, type AntwoordRij } from './lib/enquete-opslag.ts';
import { standaardEnqueteDiensten, vindEnquete, type EnqueteDiensten } from './lib/enquetes.ts';
import { padDelen } from './lib/http.ts';

const pad = /^\/(?:api\/)?beheer\/enquetes\/(?<slug>[a-z0-9-]{1,100})\/antwoorden\.csv$/;

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
    const wie = await beheerToegang(req, d, geheim());
    if (wie instanceof Response) return wie;
    const slug = padDelen(req, pad)?.['slug'];
    const e = slug ? await vindEnquete(d.enquetes, slug) : undefined;
    if (!e) return new Response('Deze enquête bestaat niet.', { status: 404, headers: beheerKoppen });
    try {
      const db = await d.db();
      const rijen = await alleAntwoorden(db, e.slug);
      await logboek(db, wie.wie, `Export antwoorden (CSV): ${e.slug}`, d.klok());
      return new Response(antwoordenCsv(e, rijen), {
        headers: {
          ...beheerKoppen,
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': `attachment; filename="antwoorden-${e.slug}.csv"`,
        },
      });
    } catch (fout) {
      logFout('beheer-enquetes/antwoorden', fout);
      return new Response('De database is niet bereikbaar.', {
        status: isVerbindingsfout(fout) ? 503 : 500,
        headers: beheerKoppen,
      });
    }
  };
}

export default maakEnqueteExportHandler(standaardEnqueteDiensten());

export const config: Config = { path: '/api/beheer/enquetes/:slug/antwoorden.csv', method: 'GET' };

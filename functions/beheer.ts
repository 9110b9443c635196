/**
 * For the coördinator: GET /api/beheer/avonden/<slug>/aanmeldingen.csv (confirmed and waitlist,
 * with the questions) and GET /api/beheer/avonden/<slug>/presentielijst (a printable attendance
 * list). Both need `Authorization: Bearer <BEHEER_TOKEN>`, compared in constant time on SHA-256
 * hashes. Without BEHEER_TOKEN configured the export is closed (401 for everyone).
 */
import type { Config } from '@netlify/functions';
import { esc } from '../src/lib/aanmeldformulier.ts';
import { tabelHouder } from '../src/lib/tabel.ts';
import { vindAvond } from './lib/avonden.ts';
import { isVerbindingsfout } from './lib/db.ts';
import { logFout, standaardDiensten, type Diensten } from './lib/diensten.ts';
import { beheerWeigering, csvTekst } from './lib/beheer.ts';
import { padDelen } from './lib/http.ts';
import { deelnemerslijst, type LijstRij } from './lib/overzicht.ts';
import { htmlPagina } from './lib/pagina.ts';
import { wanneer } from './lib/berichten.ts';

const pad = /^\/api\/beheer\/avonden\/(?<slug>[a-z0-9-]{1,100})\/(?<wat>aanmeldingen\.csv|presentielijst)$/;
/** The sign-ups as CSV (see `csvTekst`): `aangemeld` in Amsterdam time, "2027-02-20 13:00". */
export function naarCsv(rijen: LijstRij[]): string {
  const kop = ['referentie', 'status', 'naam', 'email', 'personen', 'vraag', 'aangemeld'] as const;
  return csvTekst([kop, ...rijen.map((r) => kop.map((k) => r[k]))]);
}

function lijstTabel(titel: string, rijen: LijstRij[]): string {
  if (rijen.length === 0) return `<h2 class="utrecht-heading-2">${titel}</h2><p class="utrecht-paragraph">Niemand.</p>`;
  return tabelHouder(
    titel,
    `<table class="utrecht-table utrecht-table--html-table vs-presentielijst"><caption class="utrecht-table__caption">${titel} (${rijen.reduce((s, r) => s + r.personen, 0)} personen)</caption>
<thead class="utrecht-table__header"><tr class="utrecht-table__row"><th class="utrecht-table__header-cell" scope="col">Naam</th><th class="utrecht-table__header-cell" scope="col">Personen</th><th class="utrecht-table__header-cell" scope="col">Referentie</th><th class="utrecht-table__header-cell" scope="col">Aanwezig</th></tr></thead>
<tbody class="utrecht-table__body">${rijen
      .map(
        (r) =>
          `<tr class="utrecht-table__row"><td class="utrecht-table__cell">${esc(r.naam ?? '(verwijderd)')}</td><td class="utrecht-table__cell">${r.personen}</td><td class="utrecht-table__cell">${esc(r.referentie)}</td><td class="utrecht-table__cell">☐</td></tr>`,
      )
      .join('')}</tbody></table>`,
  );
}

export function maakBeheerExportHandler(
  d: Diensten,
  geheim: () => string | undefined = () => process.env['BEHEER_TOKEN'],
) {
  return async (req: Request): Promise<Response> => {
    const weigering = beheerWeigering(req, geheim());
    if (weigering) return weigering;
    const delen = padDelen(req, pad);
    const avond = delen?.['slug'] ? await vindAvond(d.avonden, delen['slug']) : undefined;
    if (!avond) return new Response('Deze informatieavond bestaat niet.', { status: 404 });
    try {
      const rijen = await deelnemerslijst(await d.db(), avond.slug);
      if (delen?.['wat'] === 'aanmeldingen.csv') {
        return new Response(naarCsv(rijen), {
          headers: {
            'content-type': 'text/csv; charset=utf-8',
            'content-disposition': `attachment; filename="aanmeldingen-${avond.slug}.csv"`,
            'cache-control': 'no-store',
          },
        });
      }
      return await htmlPagina(req, d.kader, {
        titel: `Presentielijst: ${avond.titel}`,
        kaderPad: `/avonden/${avond.slug}/`,
        headers: { 'x-robots-tag': 'noindex' },
        inhoud: `<h1 class="utrecht-heading-1">Presentielijst: ${esc(avond.titel)}</h1><p class="utrecht-paragraph">${esc(wanneer(avond))}, ${esc(avond.locatie.naam)}.</p>
${lijstTabel(
  'Aangemeld',
  rijen.filter((r) => r.status === 'bevestigd'),
)}
${lijstTabel(
  'Wachtlijst',
  rijen.filter((r) => r.status === 'wachtlijst'),
)}`,
      });
    } catch (fout) {
      logFout('beheer/deelnemerslijst', fout);
      return new Response('De database is niet bereikbaar.', { status: isVerbindingsfout(fout) ? 503 : 500 });
    }
  };
}

export default maakBeheerExportHandler(standaardDiensten());

export const config: Config = {
  path: ['/api/beheer/avonden/:slug/aanmeldingen.csv', '/api/beheer/avonden/:slug/presentielijst'],
  method: 'GET',
};

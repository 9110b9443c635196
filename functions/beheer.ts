/**
 * For the coördinator: the sign-ups of an avond as CSV (confirmed and waitlist, with the
 * questions) and the printable attendance list (A4; in print only the one table). Reached by
 * scripts at GET /api/beheer/avonden/<slug>/{aanmeldingen.csv,presentielijst} with
 * `Authorization: Bearer <BEHEER_TOKEN>`, and from the workplace at /beheer/avonden/<slug>/…
 * with a session cookie: one check, `beheerToegang`. Every use is written to the audit log.
 */
import type { Config } from '@netlify/functions';
import { esc } from '../src/lib/aanmeldformulier.ts';
import { tabelHouder } from '../src/lib/tabel.ts';
import { vindAvond } from './lib/avonden.ts';
import { isVerbindingsfout } from './lib/db.ts';
import { logFout, standaardDiensten, type Diensten } from './lib/diensten.ts';
import { csvTekst } from './lib/beheer.ts';
import { beheerKoppen, beheerToegang, logboek } from './lib/beheer-toegang.ts';
import { padDelen } from './lib/http.ts';
import { deelnemerslijst, type LijstRij } from './lib/overzicht.ts';
import { htmlPagina } from './lib/pagina.ts';
import { wanneer } from './lib/berichten.ts';

const pad = /^\/(?:api\/)?beheer\/avonden\/(?<slug>[a-z0-9-]{1,100})\/(?<wat>aanmeldingen\.csv|presentielijst)$/;

/** The sign-ups as CSV (see `csvTekst`): `aangemeld` in Amsterdam time, "2027-02-20 13:00". */
export function naarCsv(rijen: LijstRij[]): string {
  const kop = ['referentie', 'status', 'naam', 'email', 'personen', 'vraag', 'aangemeld'] as const;
  return csvTekst([kop, ...rijen.map((r) => kop.map((k) => r[k]))]);
}

const opNaam = (a: LijstRij, b: LijstRij): number =>
  (a.naam ?? '').localeCompare(b.naam ?? '', 'nl', { sensitivity: 'base' });

/**
 * The attendance list: one table of everyone confirmed, names sorted, persons, a column to tick.
 * Site frame, links and the waitlist note are hidden in print (site.css, `.vs-presentielijst`).
 */
export function presentielijstHtml(titel: string, ondertitel: string, rijen: LijstRij[], terug?: string): string {
  const bevestigd = rijen.filter((r) => r.status === 'bevestigd').sort(opNaam);
  const wachtend = rijen.filter((r) => r.status === 'wachtlijst').reduce((s, r) => s + r.personen, 0);
  const personen = bevestigd.reduce((s, r) => s + r.personen, 0);
  const terugLink = terug
    ? `<p class="utrecht-paragraph vs-niet-printen"><a class="utrecht-link" href="${esc(terug)}">Terug naar de avond</a></p>`
    : '';
  return `${terugLink}<h1 class="utrecht-heading-1">Presentielijst: ${esc(titel)}</h1><p class="utrecht-paragraph">${esc(ondertitel)}</p>
${tabelHouder(
  `Aangemeld (${personen} personen)`,
  `<table class="utrecht-table utrecht-table--html-table vs-presentielijst"><caption class="utrecht-table__caption">Aangemeld (${personen} personen)</caption>
<thead class="utrecht-table__header"><tr class="utrecht-table__row"><th class="utrecht-table__header-cell" scope="col">Aanwezig</th><th class="utrecht-table__header-cell" scope="col">Naam</th><th class="utrecht-table__header-cell" scope="col">Personen</th><th class="utrecht-table__header-cell" scope="col">Referentie</th></tr></thead>
<tbody class="utrecht-table__body">${bevestigd
    .map(
      (r) =>
        `<tr class="utrecht-table__row"><td class="utrecht-table__cell vs-afvinken">☐</td><td class="utrecht-table__cell">${esc(r.naam ?? '(verwijderd)')}</td><td class="utrecht-table__cell">${r.personen}</td><td class="utrecht-table__cell">${esc(r.referentie)}</td></tr>`,
    )
    .join('')}</tbody></table>`,
)}
<p class="utrecht-paragraph vs-niet-printen">Op de wachtlijst: ${wachtend} personen. Zij staan niet op deze lijst. Druk deze pagina af (Ctrl+P): alleen de tabel komt op papier.</p>`;
}

export function maakBeheerExportHandler(
  d: Diensten,
  geheim: () => string | undefined = () => process.env['BEHEER_TOKEN'],
) {
  return async (req: Request): Promise<Response> => {
    const wie = await beheerToegang(req, d, geheim());
    if (wie instanceof Response) return wie;
    const delen = padDelen(req, pad);
    const avond = delen?.['slug'] ? await vindAvond(d.avonden, delen['slug']) : undefined;
    if (!avond) return new Response('Deze informatieavond bestaat niet.', { status: 404, headers: beheerKoppen });
    try {
      const db = await d.db();
      const rijen = await deelnemerslijst(db, avond.slug);
      const csv = delen?.['wat'] === 'aanmeldingen.csv';
      await logboek(db, wie.wie, `${csv ? 'Export aanmeldingen (CSV)' : 'Presentielijst'}: ${avond.slug}`, d.klok());
      if (csv) {
        return new Response(naarCsv(rijen), {
          headers: {
            ...beheerKoppen,
            'content-type': 'text/csv; charset=utf-8',
            'content-disposition': `attachment; filename="aanmeldingen-${avond.slug}.csv"`,
          },
        });
      }
      const terug = wie.via === 'sessie' ? `/beheer/avonden/${avond.slug}/` : undefined;
      return await htmlPagina(req, d.kader, {
        titel: `Presentielijst: ${avond.titel}`,
        headers: { ...beheerKoppen },
        inhoud: presentielijstHtml(avond.titel, `${wanneer(avond)}, ${avond.locatie.naam}.`, rijen, terug),
      });
    } catch (fout) {
      logFout('beheer/deelnemerslijst', fout);
      return new Response('De database is niet bereikbaar.', {
        status: isVerbindingsfout(fout) ? 503 : 500,
        headers: beheerKoppen,
      });
    }
  };
}

export default maakBeheerExportHandler(standaardDiensten());

export const config: Config = {
  path: ['/api/beheer/avonden/:slug/aanmeldingen.csv', '/api/beheer/avonden/:slug/presentielijst'],
  method: 'GET',
};

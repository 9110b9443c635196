/**
 * The results page as an HTML string (rendered by functions/resultaten.ts): per question an
 * accessible table (caption, column headers) with the count, the share and a simple bar. The bar
 * is an SVG whose rect width is a presentation attribute, so no style="" (CSP) and no chart
 * library. Open questions show only how many answered: their texts are never published.
 */
import type { Enquete } from '../domain/schemas.ts';
import type { Uitslag, UitslagVraag } from '../domain/enquete-uitslag.ts';
import { esc } from './aanmeldformulier.ts';
import { tabelHouder } from './tabel.ts';

const staaf = (procent: number): string =>
  `<svg class="vs-staaf" width="100" height="14" aria-hidden="true" focusable="false"><rect x="0.5" y="0.5" width="99" height="13" fill="none" stroke="currentColor"/><rect width="${procent}%" height="14" fill="currentColor"/></svg>`;

const personen = (n: number): string => (n === 1 ? '1 persoon' : `${n} personen`);

function vraagTabel(v: UitslagVraag, nummer: number): string {
  const kop = `<h3 class="utrecht-heading-3">${nummer}. ${esc(v.vraag)}</h3>`;
  if (v.type === 'tekst') {
    return `${kop}<p class="utrecht-paragraph">${personen(v.beantwoord)} gaven hier een eigen antwoord. Die antwoorden publiceren we niet, want er kan iets persoonlijks in staan. We lezen ze allemaal.</p>`;
  }
  const meer = v.type === 'meerkeuze' ? ' Iemand kon meer dan één antwoord kiezen.' : '';
  return `${kop}${tabelHouder(
    `Antwoorden op vraag ${nummer}`,
    `<table class="utrecht-table utrecht-table--html-table vs-uitslag">
<caption class="utrecht-table__caption">Antwoorden op vraag ${nummer}, ${personen(v.beantwoord)} ${v.beantwoord === 1 ? 'gaf' : 'gaven'} antwoord.${meer}</caption>
<thead class="utrecht-table__header"><tr class="utrecht-table__row"><th class="utrecht-table__header-cell" scope="col">Antwoord</th><th class="utrecht-table__header-cell" scope="col">Aantal</th><th class="utrecht-table__header-cell" scope="col">Deel</th></tr></thead>
<tbody class="utrecht-table__body">${v.opties
      .map(
        (o) =>
          `<tr class="utrecht-table__row"><th class="utrecht-table__header-cell" scope="row">${esc(o.label)}</th><td class="utrecht-table__cell">${o.aantal}</td><td class="utrecht-table__cell">${o.procent}% ${staaf(o.procent)}</td></tr>`,
      )
      .join('')}</tbody></table>`,
  )}`;
}

/** Per question its table (or, for an open question, how many answered); h3 per question. */
export const uitslagTabellen = (u: Uitslag): string => u.vragen.map((v, i) => vraagTabel(v, i + 1)).join('\n');

export function uitslagHtml(
  e: Pick<Enquete, 'slug' | 'watWeHoorden' | 'watWeErmeeDoen' | 'watNiet'>,
  u: Uitslag,
): string {
  const tekst = [
    { kop: 'Wat we hoorden', tekst: e.watWeHoorden },
    { kop: 'Wat we ermee doen', tekst: e.watWeErmeeDoen },
    { kop: 'Wat niet, en waarom', tekst: e.watNiet },
  ]
    .filter((d) => d.tekst)
    .map((d) => `<h2 class="utrecht-heading-2">${esc(d.kop)}</h2><p class="utrecht-paragraph">${esc(d.tekst)}</p>`)
    .join('\n');
  return `<h1 class="utrecht-heading-1">Uitslag: ${esc(u.titel)}</h1>
<p class="utrecht-paragraph utrecht-paragraph--lead">${u.respondenten === 1 ? '1 persoon deed' : `${u.respondenten} personen deden`} mee.</p>
${tekst}
<h2 class="utrecht-heading-2">Hoe vaak elk antwoord is gekozen</h2>
${uitslagTabellen(u)}
<p class="utrecht-paragraph"><a class="utrecht-link" href="/enquetes/${esc(e.slug)}/">Terug naar de enquête</a></p>`;
}

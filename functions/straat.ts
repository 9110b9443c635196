/**
 * GET /api/straat?q=… — the street finder without JavaScript (src/components/StraatZoeker.astro).
 * One street matches (its name, case- and accent-insensitive, or a PC6 postcode; house number and
 * town ignored, see vindStraten): 302 to its page. Several, or a PC6 the index does not know: a
 * page listing them that says how they were found. None, or nothing typed: 404 with tips.
 *
 * The street index is bundled (static JSON import): no file access at run time. The search term
 * is read up to 100 characters and never logged.
 */
import type { Config } from '@netlify/functions';
import stratenJson from '../content/straten.json' with { type: 'json' };
import { stratenSchema, type Straat } from '../src/domain/straat.ts';
import { schrijfPostcode } from '../src/domain/straatnaam.ts';
import { maxZoeklengte, vindStraten, type Zoekresultaat } from '../src/domain/straatvinder.ts';
import { esc } from '../src/lib/aanmeldformulier.ts';
import { htmlPagina, siteKader, type KaderBron } from './lib/pagina.ts';

type Zoekbaar = Pick<Straat, 'naam' | 'slug' | 'postcodes'>;

/** At most this many streets on the list page. */
const maxInLijst = 50;

let index: readonly Zoekbaar[] | undefined;
function straatIndex(): readonly Zoekbaar[] {
  index ??= stratenSchema.parse(stratenJson);
  return index;
}

function zoekvak(q: string): string {
  return `<form class="vs-straatzoeker" method="get" action="/api/straat" role="search" aria-label="Straat zoeken">
<div class="utrecht-form-field utrecht-form-field--text">
<div class="utrecht-form-field__label"><label class="utrecht-form-label" for="straat-zoeker">Vul uw straatnaam of postcode in</label></div>
<div class="utrecht-form-field__input"><input class="utrecht-textbox utrecht-textbox--html-input" id="straat-zoeker" name="q" type="text" autocomplete="off" spellcheck="false" maxlength="${maxZoeklengte}" value="${esc(q)}"></div>
</div>
<button class="utrecht-button utrecht-button--primary-action" type="submit">Zoeken</button>
</form>`;
}

const verder = `<p class="utrecht-paragraph"><a class="utrecht-link" href="/straten/">Alle straten</a> · <a class="utrecht-link" href="/wijken/">Alle wijken</a> · <a class="utrecht-link" href="/">Terug naar de startpagina</a></p>`;

function postcodeTekst(s: Zoekbaar): string {
  const pc = s.postcodes.map(schrijfPostcode);
  if (pc.length === 0) return '';
  return ` (${pc.length > 3 ? `${pc.slice(0, 3).join(', ')} …` : pc.join(', ')})`;
}

const aantal = (n: number): string => (n === 1 ? '1 straat' : `${n} straten`);

/** The sentence above the list: what was found and how, in plain Dutch. */
function lijstUitleg(q: string, r: Zoekresultaat<Zoekbaar>): string {
  const pc = r.postcode ? schrijfPostcode(r.postcode) : '';
  switch (r.soort) {
    case 'pc6-onbekend':
      return `Postcode ${esc(pc)} staat niet in onze lijst. Daarom ziet u hier alle straten met een postcode die begint met ${esc(pc.slice(0, 4))}: ${aantal(r.straten.length)}. Welke straat bedoelt u?`;
    case 'pc6':
    case 'pc4':
      return `Bij postcode ${esc(pc)} horen ${aantal(r.straten.length)}. Welke straat bedoelt u?`;
    default:
      return `Er zijn ${aantal(r.straten.length)} die passen bij “${esc(q)}”. Welke bedoelt u?`;
  }
}

function lijstInhoud(q: string, r: Zoekresultaat<Zoekbaar>): string {
  const straten = r.straten;
  const getoond = straten.slice(0, maxInLijst);
  const meer =
    straten.length > maxInLijst
      ? `<p class="utrecht-paragraph">Er zijn meer dan ${maxInLijst} straten gevonden. Typ meer letters om minder straten te zien.</p>`
      : '';
  return `<h1 class="utrecht-heading-1">Kies uw straat</h1>
<p class="utrecht-paragraph">${lijstUitleg(q, r)}</p>
<ul class="utrecht-unordered-list vs-straten">
${getoond.map((s) => `<li class="utrecht-unordered-list__item"><a class="utrecht-link" href="/straten/${esc(s.slug)}/">${esc(s.naam)}</a>${esc(postcodeTekst(s))}</li>`).join('\n')}
</ul>
${meer}
<h2 class="utrecht-heading-2">Opnieuw zoeken</h2>
${zoekvak(q)}
${verder}`;
}

function nietGevondenInhoud(q: string, r: Zoekresultaat<Zoekbaar>): string {
  const uitleg =
    q.trim() === ''
      ? 'U heeft geen straatnaam of postcode ingevuld.'
      : r.postcode
        ? `We hebben geen straat in Voorschoten gevonden met postcode ${esc(schrijfPostcode(r.postcode))}. De postcodes in Voorschoten beginnen met 2251, 2252, 2253 of 2254.`
        : `We hebben geen straat in Voorschoten gevonden bij “${esc(q)}”.`;
  return `<h1 class="utrecht-heading-1">Straat niet gevonden</h1>
<p class="utrecht-paragraph">${uitleg}</p>
<p class="utrecht-paragraph">Tips:</p>
<ul class="utrecht-unordered-list">
<li class="utrecht-unordered-list__item">Kijk of de straatnaam goed geschreven is. Een deel van de naam mag ook, bijvoorbeeld “Evertsen”.</li>
<li class="utrecht-unordered-list__item">Probeer uw postcode, bijvoorbeeld “2253 VC”. Uw huisnummer en “Voorschoten” hoeft u niet in te vullen.</li>
<li class="utrecht-unordered-list__item">Zoek uw straat in de <a class="utrecht-link" href="/straten/">lijst van alle straten</a>, of kies uw wijk bij <a class="utrecht-link" href="/wijken/">alle wijken</a>.</li>
</ul>
<h2 class="utrecht-heading-2">Opnieuw zoeken</h2>
${zoekvak(q)}
${verder}`;
}

/** The handler, with the page frame source and the street index passed in (tests pass their own). */
export function maakStraatHandler(kader: KaderBron, straten: () => readonly Zoekbaar[] = straatIndex) {
  return async (req: Request): Promise<Response> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return new Response('Gebruik GET.', { status: 405, headers: { allow: 'GET, HEAD' } });
    }
    const q = (new URL(req.url).searchParams.get('q') ?? '').slice(0, maxZoeklengte);
    const r = vindStraten(straten(), q);
    const [eerste] = r.straten;
    // An unknown PC6 never redirects: the one street of its PC4 may not be the resident's.
    if (r.straten.length === 1 && eerste && r.soort !== 'pc6-onbekend') {
      return new Response(null, {
        status: 302,
        headers: { location: `/straten/${encodeURIComponent(eerste.slug)}/`, 'cache-control': 'no-store' },
      });
    }
    if (r.straten.length > 0) {
      return htmlPagina(req, kader, { titel: 'Kies uw straat', inhoud: lijstInhoud(q, r) });
    }
    return htmlPagina(req, kader, { titel: 'Straat niet gevonden', status: 404, inhoud: nietGevondenInhoud(q, r) });
  };
}

export default maakStraatHandler(siteKader);

export const config: Config = { path: '/api/straat', method: 'GET' };

/**
 * GET /api/straat?q=… — the street finder without JavaScript (src/components/StraatZoeker.astro).
 * One street matches (its name, case- and accent-insensitive, or a PC6 postcode): 302 to its page.
 * Several: a page listing them. None, or nothing typed: 404 with tips.
 *
 * The street index is bundled (static JSON import): no file access at run time. The search term
 * is read up to 100 characters and never logged.
 */
import type { Config } from '@netlify/functions';
import stratenJson from '../content/straten.json' with { type: 'json' };
import { stratenSchema, type Straat } from '../src/domain/straat.ts';
import { maxZoeklengte, zoekStraten } from '../src/domain/straatvinder.ts';
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
  const pc = s.postcodes.map((p) => (p.length === 6 ? `${p.slice(0, 4)} ${p.slice(4)}` : p));
  if (pc.length === 0) return '';
  return ` (${pc.length > 3 ? `${pc.slice(0, 3).join(', ')} …` : pc.join(', ')})`;
}

function lijstInhoud(q: string, straten: readonly Zoekbaar[]): string {
  const getoond = straten.slice(0, maxInLijst);
  const meer =
    straten.length > maxInLijst
      ? `<p class="utrecht-paragraph">Er zijn meer dan ${maxInLijst} straten gevonden. Typ meer letters om minder straten te zien.</p>`
      : '';
  return `<h1 class="utrecht-heading-1">Kies uw straat</h1>
<p class="utrecht-paragraph">Bij “${esc(q)}” horen ${straten.length} straten. Welke bedoelt u?</p>
<ul class="utrecht-unordered-list vs-straten">
${getoond.map((s) => `<li class="utrecht-unordered-list__item"><a class="utrecht-link" href="/straten/${esc(s.slug)}/">${esc(s.naam)}</a>${esc(postcodeTekst(s))}</li>`).join('\n')}
</ul>
${meer}
<h2 class="utrecht-heading-2">Opnieuw zoeken</h2>
${zoekvak(q)}
${verder}`;
}

function nietGevondenInhoud(q: string): string {
  const uitleg =
    q.trim() === ''
      ? 'U heeft geen straatnaam of postcode ingevuld.'
      : `We hebben “${esc(q)}” niet gevonden in de straten van Voorschoten.`;
  return `<h1 class="utrecht-heading-1">Straat niet gevonden</h1>
<p class="utrecht-paragraph">${uitleg}</p>
<p class="utrecht-paragraph">Tips:</p>
<ul class="utrecht-unordered-list">
<li class="utrecht-unordered-list__item">Kijk of de straatnaam goed geschreven is. Een deel van de naam mag ook, bijvoorbeeld “Evertsen”.</li>
<li class="utrecht-unordered-list__item">Probeer uw postcode, bijvoorbeeld “2253 VC”.</li>
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
    const gevonden = zoekStraten(straten(), q);
    const [eerste] = gevonden;
    if (gevonden.length === 1 && eerste) {
      return new Response(null, {
        status: 302,
        headers: { location: `/straten/${encodeURIComponent(eerste.slug)}/`, 'cache-control': 'no-store' },
      });
    }
    if (gevonden.length > 1) {
      return htmlPagina(req, kader, { titel: 'Kies uw straat', inhoud: lijstInhoud(q, gevonden) });
    }
    return htmlPagina(req, kader, { titel: 'Straat niet gevonden', status: 404, inhoud: nietGevondenInhoud(q) });
  };
}

export default maakStraatHandler(siteKader);

export const config: Config = { path: '/api/straat', method: 'GET' };

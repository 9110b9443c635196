/**
 * Server-rendered answer pages. The frame (header, breadcrumbs, footer, stylesheet) is taken from
 * the static page of the avond itself, so answers look like the rest of the site without the
 * functions knowing Astro's hashed CSS names: everything inside <main> is replaced. When that page
 * cannot be fetched, a plain but complete frame is used.
 */
import { esc } from '../../src/lib/aanmeldformulier.ts';

export interface Kader {
  voor: string;
  na: string;
}

export type KaderBron = (origin: string, pad: string) => Promise<Kader | undefined>;

const cache = new Map<string, { tot: number; kader: Kader }>();

/** Fetches a static page of this site and splits it around the content of <main>. */
export const siteKader: KaderBron = async (origin, pad) => {
  const sleutel = `${origin}${pad}`;
  const bewaard = cache.get(sleutel);
  if (bewaard && bewaard.tot > Date.now()) return bewaard.kader;
  try {
    const r = await fetch(sleutel, { signal: AbortSignal.timeout(2000), headers: { accept: 'text/html' } });
    if (!r.ok) return undefined;
    const html = await r.text();
    const open = /<main\b[^>]*>/.exec(html);
    const dicht = html.lastIndexOf('</main>');
    if (!open || dicht < 0) return undefined;
    const voor = html
      .slice(0, open.index + open[0].length)
      .replace(/<link rel="canonical"[^>]*>/, '<meta name="robots" content="noindex">');
    const kader = { voor, na: html.slice(dicht) };
    cache.set(sleutel, { tot: Date.now() + 5 * 60_000, kader });
    return kader;
  } catch {
    return undefined;
  }
};

export const geenKader: KaderBron = () => Promise.resolve(undefined);

function eenvoudigKader(): Kader {
  return {
    voor: `<!doctype html><html lang="nl" class="utrecht-root voorschoten-theme"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>Wijkgericht Voorschoten</title></head><body class="utrecht-body"><a class="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud">Direct naar de inhoud</a><p class="utrecht-paragraph"><a class="utrecht-link" href="/">Wijkgericht Voorschoten</a></p><main id="inhoud" tabindex="-1" class="utrecht-document">`,
    na: '</main></body></html>',
  };
}

export interface PaginaOpties {
  titel: string;
  inhoud: string;
  status?: number;
  /** Static page whose frame is used, e.g. "/avonden/<slug>/"; defaults to the home page. */
  kaderPad?: string;
  fout?: boolean;
  headers?: Record<string, string>;
}

export async function htmlPagina(req: Request, bron: KaderBron, o: PaginaOpties): Promise<Response> {
  const k = (await bron(new URL(req.url).origin, o.kaderPad ?? '/')) ?? eenvoudigKader();
  const titel = `${o.fout ? 'Fout: ' : ''}${o.titel} – Wijkgericht Voorschoten`;
  const voor = k.voor.replace(/<title>[\s\S]*?<\/title>/, `<title>${esc(titel)}</title>`);
  return new Response(`${voor}\n${o.inhoud}\n${k.na}`, {
    status: o.status ?? 200,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...o.headers },
  });
}

/** A page with one heading and a few paragraphs, plus a link back. */
export function meldingInhoud(kop: string, alineas: string[], terug?: { href: string; tekst: string }): string {
  return `<h1 class="utrecht-heading-1">${esc(kop)}</h1>
${alineas.map((a) => `<p class="utrecht-paragraph">${esc(a)}</p>`).join('\n')}
${terug ? `<p class="utrecht-paragraph"><a class="utrecht-link" href="${esc(terug.href)}">${esc(terug.tekst)}</a></p>` : ''}`;
}

export function foutPagina(
  req: Request,
  bron: KaderBron,
  status: number,
  melding: string,
  kaderPad?: string,
): Promise<Response> {
  const kop: Record<number, string> = {
    400: 'Dit verzoek klopt niet',
    404: 'Niet gevonden',
    405: 'Dat kan hier niet',
    409: 'Dat kan nu niet',
    413: 'Te veel tekst',
    415: 'Dit verzoek klopt niet',
    429: 'Even geduld',
    503: 'Het lukt nu even niet',
  };
  return htmlPagina(req, bron, {
    titel: kop[status] ?? 'Er ging iets mis',
    fout: true,
    status,
    ...(kaderPad ? { kaderPad } : {}),
    inhoud: meldingInhoud(kop[status] ?? 'Er ging iets mis', [melding], { href: kaderPad ?? '/', tekst: 'Terug' }),
  });
}

/**
 * The links in "volgen" mails. Mail scanners and link previews open links with GET, so a GET
 * only shows a page with one button; only its POST acts.
 * - /api/volgen/bevestigen/<token>: GET the question, POST confirms (single use, 48 hours) and
 *   303 to the manage page. A used link says "al gebruikt, u volgt … al" (200); an expired one
 *   "verlopen" with a link to the follow form of that page (410); an unknown one 404.
 * - /api/volgen/beheer/<token>: GET the manage page (what this address follows, how often);
 *   POST `actie=frequentie|stop|alles` (with `volging`, `frequentie`), then 303 back, or to
 *   /api/volgen/afgemeld when the address follows nothing any more (it is then deleted).
 * - /api/volgen/afgemeld?wat=<soort>/<doel>&weg=1|0: names what was stopped (public names only)
 *   and whether the address was deleted.
 * - /api/volgen/afmelden/<token>: RFC 8058 one-click unsubscribe. A POST with
 *   `List-Unsubscribe=One-Click` (from the mail program) stops at once and answers 200; the
 *   button of the GET page does the same and answers 303 to /api/volgen/afgemeld. No session,
 *   no confirmation page. An unknown or used token gets the same answer (nothing to learn).
 */
import type { Config } from '@netlify/functions';
import { frequenties, frequentieNamen, volgSoorten, type Frequentie, type VolgSoort } from '../src/domain/volgen.ts';
import { esc } from '../src/lib/aanmeldformulier.ts';
import { isVerbindingsfout } from './lib/db.ts';
import { logFout, standaardVolgDiensten, type VolgDiensten } from './lib/diensten.ts';
import { HttpFout, leesVelden, padDelen } from './lib/http.ts';
import { foutPagina, htmlPagina, meldingInhoud } from './lib/pagina.ts';
import type { NieuwsBron } from './lib/nieuwsbron.ts';
import {
  afmeldenEenKlik,
  bevestig,
  leesVolger,
  stopVolgen,
  wijzigFrequentie,
  zoekBevestiging,
  type Gestopt,
} from './lib/volgen.ts';

const pad = /^\/api\/volgen\/(?<actie>bevestigen|beheer|afmelden)\/(?<token>[A-Za-z0-9_-]{1,100})\/?$/;
const geenReferrer = { 'referrer-policy': 'no-referrer' };

const knop = (tekst: string, velden: Record<string, string> = {}, primair = true): string =>
  `<form method="post" class="vs-formulier">${Object.entries(velden)
    .map(([k, v]) => `<input type="hidden" name="${esc(k)}" value="${esc(v)}">`)
    .join(
      '',
    )}<button class="utrecht-button utrecht-button--${primair ? 'primary' : 'secondary'}-action utrecht-button--submit" type="submit">${esc(tekst)}</button></form>`;

/** Where to go after stopping: public names only (soort/doel), never an address or token. */
function afgemeldUrl(origin: string, g: Gestopt): string {
  const u = new URL('/api/volgen/afgemeld', origin);
  for (const x of g.gestopt) u.searchParams.append('wat', `${x.soort}/${x.doel}`);
  u.searchParams.set('weg', g.weg ? '1' : '0');
  return u.toString();
}

/** The names of `<soort>/<doel>` values that exist, as Dutch text ("Voorstraat en Bomen Leidseweg"); '' when none. */
function gestoptNamen(bron: NieuwsBron, wat: string[]): string {
  const namen = wat.flatMap((w) => {
    const [soort = '', doel = ''] = w.split('/');
    const naam = (volgSoorten as readonly string[]).includes(soort) ? bron.naam(soort as VolgSoort, doel) : undefined;
    return naam ? [naam] : [];
  });
  return new Intl.ListFormat('nl', { type: 'conjunction' }).format(namen);
}

const opnieuwVolgen = 'U kunt altijd opnieuw gaan volgen op de pagina van uw straat, project of wijk.';

export function maakVolgingHandler(d: VolgDiensten) {
  return async (req: Request): Promise<Response> => {
    const url = new URL(req.url);
    if (url.pathname.replace(/\/$/, '') === '/api/volgen/afgemeld') {
      const namen = gestoptNamen(await d.nieuws(), url.searchParams.getAll('wat'));
      const weg = url.searchParams.get('weg');
      return htmlPagina(req, d.kader, {
        titel: 'U krijgt geen e-mail meer',
        inhoud: meldingInhoud(
          'U krijgt geen e-mail meer',
          [
            namen ? `U krijgt geen e-mail meer over ${namen}.` : 'U volgt dit niet (meer).',
            weg === '1'
              ? 'U volgt verder niets. Daarom hebben wij uw e-mailadres verwijderd.'
              : weg === '0'
                ? 'U volgt nog iets anders. Daarom bewaren wij uw e-mailadres. Wat u volgt, ziet u via de link in elke e-mail van ons.'
                : 'Volgt u niets meer? Dan hebben wij uw e-mailadres verwijderd.',
            opnieuwVolgen,
          ],
          { href: '/', tekst: 'Naar de homepage' },
        ),
        headers: geenReferrer,
      });
    }
    const delen = padDelen(req, pad);
    if (!delen) return foutPagina(req, d.kader, 404, 'Deze pagina bestaat niet.');
    const { actie, token = '' } = delen;
    const lezen = req.method === 'GET' || req.method === 'HEAD';
    if (!lezen && req.method !== 'POST')
      return new Response('Gebruik POST.', { status: 405, headers: { allow: 'GET, HEAD, POST' } });
    const melding = (status: number, kop: string, alineas: string[], terug: { href: string; tekst: string }) =>
      htmlPagina(req, d.kader, {
        titel: kop,
        status,
        fout: status >= 400,
        inhoud: meldingInhoud(kop, alineas, terug),
        headers: geenReferrer,
      });
    /** A manage or unsubscribe link that is unknown: stopped (address deleted) or older than a year. */
    const werktNiet = () =>
      melding(
        404,
        'Deze link werkt niet meer',
        [
          'Volgt u niets meer? Dan hebben wij uw e-mailadres verwijderd. Daarom werkt deze link niet meer.',
          'Volgt u nog wel iets? Gebruik dan de link in de nieuwste e-mail van ons. Een link werkt een jaar.',
          opnieuwVolgen,
        ],
        { href: '/', tekst: 'Naar de homepage' },
      );
    try {
      const db = await d.db();
      const bron = await d.nieuws();
      const naamVan = (v: { soort: Parameters<typeof bron.naam>[0]; doel: string }) =>
        bron.naam(v.soort, v.doel) ?? v.doel;

      if (actie === 'bevestigen') {
        /** The page for a confirmation link that cannot be used (any more), saying why. */
        const bevestigNiet = async () => {
          const b = await zoekBevestiging(db, token, d.klok());
          if (b?.staat === 'gebruikt')
            return melding(
              200,
              'Deze link is al gebruikt',
              [
                `U volgt ${naamVan(b)} al. U krijgt e-mail als er nieuws is (${frequentieNamen[b.frequentie].toLowerCase()}).`,
                'Wilt u iets wijzigen of stoppen? Gebruik de link onderaan elke e-mail van ons.',
              ],
              { href: bron.pad(b.soort, b.doel), tekst: `Naar ${naamVan(b)}` },
            );
          if (b)
            return melding(
              410,
              'Deze link is verlopen',
              [
                `Een link om te bevestigen werkt 48 uur. Deze link is ouder. U volgt ${naamVan(b)} dus nog niet.`,
                'Vraag een nieuwe link aan: vul uw e-mailadres opnieuw in.',
              ],
              { href: `${bron.pad(b.soort, b.doel)}#volgen`, tekst: `Vraag een nieuwe link aan voor ${naamVan(b)}` },
            );
          return melding(
            404,
            'Deze link werkt niet (meer)',
            [
              'Een link om te bevestigen werkt 48 uur en één keer. Heeft u daarna nog een e-mail van ons gekregen? Gebruik dan de link in de nieuwste e-mail.',
              'Vraag een nieuwe link aan: vul uw e-mailadres opnieuw in bij "Volg per e-mail" op de pagina van uw straat, project of wijk.',
            ],
            { href: '/straten/', tekst: 'Zoek uw straat' },
          );
        };
        if (lezen) {
          const b = await zoekBevestiging(db, token, d.klok());
          if (b?.staat !== 'open') return await bevestigNiet();
          return await htmlPagina(req, d.kader, {
            titel: 'Bevestig dat u wilt volgen',
            kaderPad: bron.pad(b.soort, b.doel),
            headers: geenReferrer,
            inhoud: `<h1 class="utrecht-heading-1">Bevestig dat u wilt volgen</h1>
<p class="utrecht-paragraph">U krijgt dan nieuws over ${esc(naamVan(b))} per e-mail: ${esc(frequentieNamen[b.frequentie].toLowerCase())}.</p>
${knop('Bevestigen')}`,
          });
        }
        const beheer = await bevestig(db, token, { klok: d.klok(), nu: d.nu(), bron });
        if (!beheer) return await bevestigNiet();
        return new Response(null, {
          status: 303,
          headers: {
            location: `${url.origin}/api/volgen/beheer/${beheer}?bevestigd=1`,
            'cache-control': 'no-store',
            ...geenReferrer,
          },
        });
      }

      if (actie === 'afmelden') {
        if (lezen) {
          const v = await leesVolger(db, token);
          const gevolgd = v?.volgingen.find((x) => x.id === v.volging);
          if (!gevolgd) return Response.redirect(`${url.origin}/api/volgen/afgemeld`, 303);
          return await htmlPagina(req, d.kader, {
            titel: 'Stoppen met e-mail',
            headers: geenReferrer,
            inhoud: `<h1 class="utrecht-heading-1">Stoppen met e-mail over ${esc(naamVan(gevolgd))}</h1>
<p class="utrecht-paragraph">Klik op de knop. U krijgt dan geen e-mail meer over ${esc(naamVan(gevolgd))}.</p>
${knop('Stop met deze e-mail')}`,
          });
        }
        const velden = await leesVelden(req).catch((): Record<string, string> => ({}));
        const gestopt = await afmeldenEenKlik(db, token);
        if (velden['List-Unsubscribe'] === 'One-Click')
          return new Response('U krijgt geen e-mail meer.', {
            status: 200,
            headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
          });
        return Response.redirect(gestopt ? afgemeldUrl(url.origin, gestopt) : `${url.origin}/api/volgen/afgemeld`, 303);
      }

      // beheer
      const eigenUrl = `${url.origin}/api/volgen/beheer/${token}`;
      if (!lezen) {
        const velden = await leesVelden(req);
        const act = velden['actie'];
        if (act === 'frequentie' && (frequenties as readonly string[]).includes(velden['frequentie'] ?? '')) {
          const ok = await wijzigFrequentie(db, token, velden['volging'] ?? '', velden['frequentie'] as Frequentie);
          if (!ok) return await werktNiet();
          return new Response(null, { status: 303, headers: { location: `${eigenUrl}?gewijzigd=1`, ...geenReferrer } });
        }
        if (act === 'stop' || act === 'alles') {
          const r = await stopVolgen(db, token, act === 'alles' ? 'alles' : (velden['volging'] ?? ''));
          if (!r) return await werktNiet();
          return new Response(null, {
            status: 303,
            headers: {
              location:
                r.weg || act === 'alles'
                  ? afgemeldUrl(url.origin, r)
                  : `${eigenUrl}?gestopt=${encodeURIComponent(r.gestopt.map((g) => `${g.soort}/${g.doel}`).join(','))}`,
              ...geenReferrer,
            },
          });
        }
        throw new HttpFout(400, 'Kies wat u wilt veranderen.');
      }
      const v = await leesVolger(db, token);
      if (!v) return await werktNiet();
      if (v.volgingen.length === 0) return Response.redirect(`${url.origin}/api/volgen/afgemeld`, 303);
      const gestopt = gestoptNamen(bron, (url.searchParams.get('gestopt') ?? '').split(','));
      const bericht = url.searchParams.has('bevestigd')
        ? 'Bevestigd. U krijgt voortaan e-mail als er nieuws is.'
        : url.searchParams.has('gewijzigd')
          ? 'Opgeslagen.'
          : url.searchParams.has('gestopt')
            ? gestopt
              ? `U krijgt geen e-mail meer over ${gestopt}.`
              : 'Gestopt.'
            : '';
      const lijst = v.volgingen
        .map((g) => {
          const naam = naamVan(g);
          const opties = frequenties
            .map(
              (f) =>
                `<label class="vs-optie" for="f-${g.id}-${f}"><input type="radio" id="f-${g.id}-${f}" name="frequentie" value="${f}"${g.frequentie === f ? ' checked' : ''}> ${esc(frequentieNamen[f])}</label>`,
            )
            .join('');
          return `<li><h2 class="utrecht-heading-2"><a class="utrecht-link" href="${esc(bron.pad(g.soort, g.doel))}">${esc(naam)}</a></h2>
<form method="post" class="vs-formulier"><input type="hidden" name="actie" value="frequentie"><input type="hidden" name="volging" value="${esc(g.id)}">
<fieldset class="vs-vraag"><legend>Hoe vaak wilt u e-mail over ${esc(naam)}?</legend>${opties}</fieldset>
<button class="utrecht-button utrecht-button--secondary-action utrecht-button--submit" type="submit">Opslaan</button></form>
${knop(`Stop met ${naam}`, { actie: 'stop', volging: g.id }, false)}</li>`;
        })
        .join('\n');
      return await htmlPagina(req, d.kader, {
        titel: 'Wat u volgt',
        headers: geenReferrer,
        inhoud: `<h1 class="utrecht-heading-1">Wat u volgt per e-mail</h1>
${bericht ? `<div class="utrecht-alert utrecht-alert--info" role="status"><div class="utrecht-alert__content"><p class="utrecht-paragraph">${esc(bericht)}</p></div></div>` : ''}
<p class="utrecht-paragraph">Deel deze pagina niet: met de link kan iemand uw e-mail stoppen.</p>
<ul class="utrecht-unordered-list">${lijst}</ul>
<h2 class="utrecht-heading-2">Met alles stoppen</h2>
<p class="utrecht-paragraph">Dan verwijderen wij uw e-mailadres meteen.</p>
${knop('Stop met alles', { actie: 'alles' }, false)}`,
      });
    } catch (fout) {
      if (fout instanceof HttpFout) return foutPagina(req, d.kader, fout.status, fout.melding);
      logFout('volging', fout);
      return foutPagina(
        req,
        d.kader,
        isVerbindingsfout(fout) ? 503 : 500,
        'Het lukt nu even niet. Probeer het over een paar minuten opnieuw.',
      );
    }
  };
}

export default maakVolgingHandler(standaardVolgDiensten());

export const config: Config = {
  path: [
    '/api/volgen/afgemeld',
    '/api/volgen/bevestigen/:token',
    '/api/volgen/beheer/:token',
    '/api/volgen/afmelden/:token',
  ],
  method: ['GET', 'POST'],
};

/**
 * POST /api/enquetes/<slug>/antwoorden — a resident answers a survey.
 * Form posts get HTML: after storing, 303 to GET /api/enquetes/<slug>/bedankt (the thank-you page,
 * so a reload does not send the answers again; no personal data in the URL), or the form again
 * with an error summary, or outside the window (409) with from when / since when — every answer
 * kept. JSON clients get 201/422/403/404/409 as JSON.
 * GET /api/enquetes/<slug>/antwoorden — the live form when the survey is open now (the static
 * page links here before it opens: it is built once a day), else from when / since when.
 * Without JavaScript a double click can still post twice: the static page cannot carry a
 * one-time token. A letter code is used once; a survey without codes may count such a double.
 * Order: survey (404) → body (413/415/400) → honeypot → window (409) → answers (422, the schema
 * derived from the survey's own definition) → letter code (403) → rate limit (429) → store.
 * Nothing is written unless the answer is stored, and no name, e-mail or IP address is stored.
 */
import type { Config, Context } from '@netlify/functions';
import {
  controleerAntwoord,
  enqueteVenster,
  enqueteVensterMelding,
  uitslagVanaf,
  type Fouten,
  type Invoer,
} from '../src/domain/antwoord.ts';
import type { Enquete } from '../src/domain/schemas.ts';
import { datumTijd } from '../src/domain/tijd.ts';
import { esc } from '../src/lib/aanmeldformulier.ts';
import { codeVeld, enqueteFormulierHtml, type EnqueteFormulierOpties } from '../src/lib/enqueteformulier.ts';
import { isVerbindingsfout } from './lib/db.ts';
import { logFout } from './lib/diensten.ts';
import { codeHash, normaliseerCode } from './lib/enquete-codes.ts';
import { slaAntwoordOp } from './lib/enquete-opslag.ts';
import {
  standaardEnqueteDiensten,
  vergeetEnquetes,
  vindEnquete,
  zorgVoorEnquete,
  type EnqueteDiensten,
} from './lib/enquetes.ts';
import {
  binnenLimiet,
  clientSleutel,
  HttpFout,
  json,
  leesVeldenMetLijsten,
  padDelen,
  teVaakMelding,
  wilJson,
} from './lib/http.ts';
import { foutPagina, htmlPagina, meldingInhoud } from './lib/pagina.ts';

const pad = /^\/api\/enquetes\/(?<slug>[a-z0-9-]{1,100})\/(?<deel>antwoorden|bedankt)\/?$/;
export const bedanktUrl = (slug: string): string => `/api/enquetes/${slug}/bedankt`;

const isEnqueteWeg = (fout: unknown): boolean =>
  Boolean(fout && typeof fout === 'object' && (fout as { code?: unknown }).code === '23503');

function formulierPagina(
  req: Request,
  d: EnqueteDiensten,
  e: Enquete,
  f: Omit<EnqueteFormulierOpties, 'enquete'>,
  status: number,
): Promise<Response> {
  return htmlPagina(req, d.kader, {
    titel: e.titel,
    fout: status >= 400,
    status,
    kaderPad: `/enquetes/${e.slug}/`,
    inhoud: `<h1 class="utrecht-heading-1">${esc(e.titel)}</h1>
<p class="utrecht-paragraph"><a class="utrecht-link" href="/enquetes/${esc(e.slug)}/">Lees eerst wat vastligt en wat open is</a></p>
${enqueteFormulierHtml({ enquete: e, ...f })}`,
  });
}

function bedanktPagina(req: Request, d: EnqueteDiensten, e: Enquete): Promise<Response> {
  return htmlPagina(req, d.kader, {
    titel: `Bedankt: ${e.titel}`,
    kaderPad: `/enquetes/${e.slug}/`,
    inhoud: `<h1 class="utrecht-heading-1">Bedankt voor uw antwoorden</h1>
<div class="utrecht-alert utrecht-alert--ok" role="status"><div class="utrecht-alert__content"><p class="utrecht-paragraph">Uw antwoorden op "${esc(e.titel)}" zijn opgeslagen.</p></div></div>
<p class="utrecht-paragraph">De uitslag staat vanaf ${esc(datumTijd(uitslagVanaf(e)))} op de pagina van de enquête. Daar leest u later ook wat we hoorden en wat we ermee doen.</p>
<p class="utrecht-paragraph"><a class="utrecht-link" href="/enquetes/${esc(e.slug)}/">Terug naar de enquête</a> · <a class="utrecht-link" href="/projecten/${esc(e.project)}/">Naar het project</a></p>`,
  });
}

export function maakAntwoordHandler(d: EnqueteDiensten) {
  return async (req: Request, context?: Partial<Pick<Context, 'ip'>>): Promise<Response> => {
    const alsJson = wilJson(req);
    const delen = padDelen(req, pad);
    const bedankt = delen?.['deel'] === 'bedankt';
    const lezen = req.method === 'GET' || req.method === 'HEAD';
    if (bedankt ? !lezen : !lezen && req.method !== 'POST')
      return new Response('Methode niet toegestaan', {
        status: 405,
        headers: { allow: bedankt ? 'GET, HEAD' : 'GET, HEAD, POST' },
      });
    const slug = delen?.['slug'];
    const e = slug ? await vindEnquete(d.enquetes, slug) : undefined;
    if (!e) {
      return alsJson
        ? json({ fout: 'Deze enquête bestaat niet.' }, 404)
        : foutPagina(req, d.kader, 404, 'Deze enquête bestaat niet.');
    }
    const terug = `/enquetes/${e.slug}/`;
    if (bedankt) return bedanktPagina(req, d, e);
    if (lezen) {
      const venster = enqueteVenster(e, d.nu());
      if (venster === 'open') return formulierPagina(req, d, e, {}, 200);
      const m = enqueteVensterMelding(e, venster);
      return htmlPagina(req, d.kader, {
        titel: m.titel,
        kaderPad: terug,
        inhoud: meldingInhoud(m.titel, [m.tekst], { href: terug, tekst: 'Terug naar de enquête' }),
      });
    }
    /** After storing (or a bot's honeypot): Post/Redirect/Get, so a reload does not send again. */
    const opgeslagen303 = (): Response =>
      alsJson
        ? json({ status: 'opgeslagen' }, 201)
        : new Response(null, { status: 303, headers: { location: bedanktUrl(e.slug), 'cache-control': 'no-store' } });
    let invoer: Invoer = {};
    /** The step in progress, for the log. */
    let stap = 'antwoorden/lezen';
    try {
      const velden = await leesVeldenMetLijsten(req);
      const honingpot = velden['website'];
      const code = velden[codeVeld];
      delete velden['website'];
      delete velden['code'];
      invoer = { ...velden, ...(typeof code === 'string' ? { [codeVeld]: code } : {}) };
      const venster = enqueteVenster(e, d.nu());
      if (venster !== 'open') {
        // The form again with every answer kept, and why (from when / since when).
        const m = enqueteVensterMelding(e, venster);
        const tekst = `${m.tekst} Uw antwoorden staan er nog.${venster === 'nog-niet' ? ' Verstuur ze vanaf dat moment opnieuw.' : ''}`;
        return alsJson
          ? json({ fout: m.tekst, venster }, 409)
          : await formulierPagina(req, d, e, { invoer, melding: { soort: 'warning', titel: m.titel, tekst } }, 409);
      }
      if (honingpot) {
        // A bot filled the hidden field: answer as usual, store nothing.
        return opgeslagen303();
      }
      const controle = controleerAntwoord(e, velden);
      const genormaliseerd = typeof code === 'string' ? normaliseerCode(code) : undefined;
      const codeFout = !e.lettercode
        ? undefined
        : typeof code !== 'string' || code.trim() === ''
          ? 'Vul de code uit de brief in.'
          : genormaliseerd
            ? undefined
            : 'Deze code klopt niet. Kijk of u hem goed heeft overgenomen.';
      if (!controle.ok) {
        const fouten: Fouten = { ...(codeFout ? { [codeVeld]: codeFout } : {}), ...controle.fouten };
        return alsJson ? json({ fouten }, 422) : await formulierPagina(req, d, e, { invoer, fouten }, 422);
      }
      if (codeFout) {
        return alsJson
          ? json({ fout: codeFout, fouten: { [codeVeld]: codeFout } }, 403)
          : await formulierPagina(req, d, e, { invoer, fouten: { [codeVeld]: codeFout } }, 403);
      }
      stap = 'antwoorden/limiet';
      const db = await d.db();
      if (!(await binnenLimiet(db, clientSleutel(req, context?.ip), d.limietPerMinuut, d.klok()))) {
        const melding = teVaakMelding('Uw antwoorden staan er nog.');
        return alsJson
          ? json({ fout: melding }, 429, { 'retry-after': '60' })
          : await formulierPagina(
              req,
              d,
              e,
              { invoer, melding: { soort: 'warning', titel: 'Even geduld', tekst: melding } },
              429,
            );
      }
      stap = 'antwoorden/opslaan';
      const hash = e.lettercode && genormaliseerd ? codeHash(e.slug, genormaliseerd) : undefined;
      const poging = async (): Promise<boolean> => {
        await zorgVoorEnquete(db, e);
        return slaAntwoordOp(db, e.slug, controle.antwoord, d.klok(), hash);
      };
      const opgeslagen = await poging().catch((fout: unknown) => {
        if (!isEnqueteWeg(fout)) throw fout;
        vergeetEnquetes(db);
        return poging();
      });
      if (!opgeslagen) {
        const melding = 'Deze code is onbekend of al gebruikt. Met elke code kunt u één keer meedoen.';
        return alsJson
          ? json({ fout: melding, fouten: { [codeVeld]: melding } }, 403)
          : await formulierPagina(req, d, e, { invoer, fouten: { [codeVeld]: melding } }, 403);
      }
      return opgeslagen303();
    } catch (fout) {
      if (fout instanceof HttpFout)
        return alsJson
          ? json({ fout: fout.melding }, fout.status)
          : foutPagina(req, d.kader, fout.status, fout.melding, terug);
      const onbereikbaar = isVerbindingsfout(fout);
      logFout(stap, fout);
      const melding = onbereikbaar
        ? 'Het lukt nu niet om uw antwoorden op te slaan. Uw antwoorden staan er nog. Probeer het over een paar minuten opnieuw.'
        : 'Er ging iets mis bij het opslaan. Uw antwoorden staan er nog. Probeer het later opnieuw of bel het servicepunt.';
      const status = onbereikbaar ? 503 : 500;
      return alsJson
        ? json({ fout: melding }, status, onbereikbaar ? { 'retry-after': '120' } : {})
        : formulierPagina(
            req,
            d,
            e,
            { invoer, melding: { soort: 'error', titel: 'Niet opgeslagen', tekst: melding } },
            status,
          );
    }
  };
}

export default maakAntwoordHandler(standaardEnqueteDiensten());

export const config: Config = {
  path: ['/api/enquetes/:slug/antwoorden', '/api/enquetes/:slug/bedankt'],
  method: ['GET', 'POST'],
};

/**
 * POST /api/avonden/<slug>/aanmeldingen — a resident signs up for an informatieavond.
 * Form posts get HTML (303 to the confirmation page, or the form again with an error summary and
 * everything typed still filled in; outside the window (409) the form again with the reason and the
 * date); JSON clients get 201/202/422/404/409 as JSON.
 * GET /api/avonden/<slug>/aanmeldingen — the live form: the form when sign-up is open now, else
 * from when it opens or since when it is closed. The static avond page links here before it
 * opens, for residents without JavaScript (the page is built once a day).
 * Thin: parse → domain (aanmeldingSchema) → store (aanmeldingen.ts) → respond.
 */
import type { Config, Context } from '@netlify/functions';
import {
  aanmeldVelden,
  aanmeldVenster,
  controleerAanmelding,
  privacyTekst,
  vensterMelding,
  type Invoer,
} from '../src/domain/aanmelding.ts';
import type { Avond } from '../src/domain/schemas.ts';
import { esc, formulierHtml, type FormulierOpties } from '../src/lib/aanmeldformulier.ts';
import { ontvangenHtml } from '../src/lib/aanmelduitslag.ts';
import { aanmelden } from './lib/aanmeldingen.ts';
import { beheerUrl } from './lib/tokens.ts';
import { isAvondWeg, vergeetAvonden, vindAvond, zorgVoorAvond } from './lib/avonden.ts';
import { isVerbindingsfout } from './lib/db.ts';
import { logFout, standaardDiensten, type Diensten } from './lib/diensten.ts';
import {
  binnenLimiet,
  clientSleutel,
  HttpFout,
  json,
  leesVelden,
  padDelen,
  teVaakMelding,
  wilJson,
} from './lib/http.ts';
import { bezorgAlsIngesteld } from './lib/outbox.ts';
import { foutPagina, htmlPagina, meldingInhoud } from './lib/pagina.ts';
import { wanneer } from './lib/berichten.ts';

const pad = /^\/api\/avonden\/(?<slug>[a-z0-9-]{1,100})\/aanmeldingen\/?$/;

function formulierPagina(
  req: Request,
  d: Diensten,
  avond: Avond,
  f: Omit<FormulierOpties, 'slug'>,
  status: number,
): Promise<Response> {
  return htmlPagina(req, d.kader, {
    titel: `Aanmelden: ${avond.titel}`,
    fout: status >= 400,
    status,
    kaderPad: `/avonden/${avond.slug}/`,
    inhoud: `<h1 class="utrecht-heading-1">Aanmelden: ${esc(avond.titel)}</h1>
<p class="utrecht-paragraph">${wanneer(avond)}, ${esc(avond.locatie.naam)}.</p>
${formulierHtml({ slug: avond.slug, bewaarDagen: d.bewaarDagen, ...f })}`,
  });
}

export function maakAanmeldHandler(d: Diensten) {
  return async (req: Request, context?: Partial<Pick<Context, 'ip' | 'waitUntil'>>): Promise<Response> => {
    const alsJson = wilJson(req);
    const lezen = req.method === 'GET' || req.method === 'HEAD';
    if (req.method !== 'POST' && !lezen)
      return new Response('Gebruik POST.', { status: 405, headers: { allow: 'GET, HEAD, POST' } });
    const slug = padDelen(req, pad)?.['slug'];
    const avond = slug ? await vindAvond(d.avonden, slug) : undefined;
    if (!avond) {
      return alsJson
        ? json({ fout: 'Deze informatieavond bestaat niet.' }, 404)
        : foutPagina(req, d.kader, 404, 'Deze informatieavond bestaat niet.');
    }
    if (lezen) {
      const venster = aanmeldVenster(avond, d.nu());
      if (venster === 'open') return formulierPagina(req, d, avond, {}, 200);
      const m = vensterMelding(avond, venster);
      return htmlPagina(req, d.kader, {
        titel: m.titel,
        kaderPad: `/avonden/${avond.slug}/`,
        inhoud: meldingInhoud(m.titel, [m.tekst], { href: `/avonden/${avond.slug}/`, tekst: 'Terug naar de avond' }),
      });
    }
    const invoer: Invoer = {};
    /** The same answer for a bot (honeypot) and a double sign-up: reveals nothing. */
    const ontvangen = async (): Promise<Response> =>
      alsJson
        ? json({ status: 'ontvangen' }, 202)
        : htmlPagina(req, d.kader, {
            titel: 'Aanmelding ontvangen',
            kaderPad: `/avonden/${avond.slug}/`,
            inhoud: `<h1 class="utrecht-heading-1">${esc(avond.titel)}</h1>${ontvangenHtml()}`,
          });
    /** The step in progress, for the log. */
    let stap = 'aanmelden/lezen';
    try {
      const velden = await leesVelden(req);
      const honingpot = velden['website'];
      delete velden['website'];
      for (const v of aanmeldVelden) {
        const w = velden[v.naam];
        if (w !== undefined) invoer[v.naam] = w;
      }
      if (honingpot) {
        // A bot filled the hidden field: answer as usual, store nothing.
        return await ontvangen();
      }
      const venster = aanmeldVenster(avond, d.nu());
      if (venster !== 'open') {
        // The form again with everything typed and why (from when / since when); once closed, without its button.
        const m = vensterMelding(avond, venster);
        const tekst = `${m.tekst} Wat u invulde, staat er nog.${venster === 'nog-niet' ? ' Verstuur het formulier vanaf dat moment opnieuw.' : ''}`;
        return alsJson
          ? json({ fout: m.tekst, venster }, 409)
          : await formulierPagina(
              req,
              d,
              avond,
              { invoer, melding: { soort: 'warning', titel: m.titel, tekst }, zonderKnop: venster !== 'nog-niet' },
              409,
            );
      }
      const controle = controleerAanmelding(velden);
      if (!controle.ok) {
        return alsJson
          ? json({ fouten: controle.fouten }, 422)
          : await formulierPagina(req, d, avond, { invoer, fouten: controle.fouten }, 422);
      }
      stap = 'aanmelden/limiet';
      const db = await d.db();
      if (!(await binnenLimiet(db, clientSleutel(req, context?.ip), d.limietPerMinuut, d.klok()))) {
        const melding = teVaakMelding('Wat u invulde, staat er nog.');
        return alsJson
          ? json({ fout: melding }, 429, { 'retry-after': '60' })
          : await formulierPagina(
              req,
              d,
              avond,
              { invoer, melding: { soort: 'warning', titel: 'Even geduld', tekst: melding } },
              429,
            );
      }
      stap = 'aanmelden/opslaan';
      const basisUrl = new URL(req.url).origin;
      const ctx = { basisUrl, privacy: privacyTekst(d.bewaarDagen) };
      const poging = async () => {
        await zorgVoorAvond(db, avond, ctx);
        return aanmelden(db, avond, controle.aanmelding, ctx);
      };
      const uitkomst = await poging().catch((fout: unknown) => {
        if (!isAvondWeg(fout)) throw fout;
        vergeetAvonden(db);
        return poging();
      });
      if (d.bezorgDirect) {
        const bezorgen = bezorgAlsIngesteld(db, 5).catch((fout: unknown) => logFout('aanmelden/bezorgen', fout));
        if (context?.waitUntil) context.waitUntil(bezorgen);
        else await bezorgen;
      }
      if (uitkomst.soort === 'dubbel') {
        return await ontvangen();
      }
      const beheer = beheerUrl(basisUrl, uitkomst.token);
      if (alsJson) return json({ status: uitkomst.status, referentie: uitkomst.referentie, beheerUrl: beheer }, 201);
      return new Response(null, {
        status: 303,
        headers: { location: `${beheer}?nieuw=1`, 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' },
      });
    } catch (fout) {
      if (fout instanceof HttpFout)
        return alsJson
          ? json({ fout: fout.melding }, fout.status)
          : foutPagina(req, d.kader, fout.status, fout.melding, `/avonden/${avond.slug}/`);
      const onbereikbaar = isVerbindingsfout(fout);
      logFout(stap, fout);
      const melding = onbereikbaar
        ? 'Het lukt nu niet om uw aanmelding op te slaan. Wat u invulde, staat er nog. Probeer het over een paar minuten opnieuw.'
        : 'Er ging iets mis bij het opslaan. Wat u invulde, staat er nog. Probeer het later opnieuw of bel het servicepunt.';
      const status = onbereikbaar ? 503 : 500;
      return alsJson
        ? json({ fout: melding }, status, onbereikbaar ? { 'retry-after': '120' } : {})
        : formulierPagina(
            req,
            d,
            avond,
            { invoer, melding: { soort: 'error', titel: 'Niet opgeslagen', tekst: melding } },
            status,
          );
    }
  };
}

export default maakAanmeldHandler(standaardDiensten());

export const config: Config = { path: '/api/avonden/:slug/aanmeldingen', method: ['GET', 'POST'] };

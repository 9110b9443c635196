/**
 * The personal manage link: GET /api/aanmeldingen/<token> shows the sign-up (status, reference,
 * calendar link, cancel button); GET /api/aanmeldingen/<token>/annuleren asks once ("Weet u zeker
 * …?", one POST button, a link back) and never cancels (mail scanners open links); only
 * POST /api/aanmeldingen/<token>/annuleren cancels, gives the places to the waitlist in order of
 * arrival, and answers 303 to the manage page (JSON clients: 200 JSON). The token is looked up by
 * its SHA-256 only.
 */
import type { Config, Context } from '@netlify/functions';
import type { Avond } from '../src/domain/schemas.ts';
import { privacyTekst } from '../src/domain/aanmelding.ts';
import { esc } from '../src/lib/aanmeldformulier.ts';
import { uitslagHtml } from '../src/lib/aanmelduitslag.ts';
import { vulVrijePlaatsen } from './lib/aanmeldingen.ts';
import { annuleerMetMail, vindViaToken, type BeheerAanmelding } from './lib/afzeggen.ts';
import { afmeldMail, wanneer } from './lib/berichten.ts';
import { vindAvond, zorgVoorAvond } from './lib/avonden.ts';
import { isVerbindingsfout } from './lib/db.ts';
import { logFout, standaardDiensten, type Diensten } from './lib/diensten.ts';
import { binnenLimiet, clientSleutel, json, padDelen, teVaakMelding, wilJson } from './lib/http.ts';
import { bezorgAlsIngesteld } from './lib/outbox.ts';
import { foutPagina, htmlPagina } from './lib/pagina.ts';

const pad = /^\/api\/aanmeldingen\/(?<token>[A-Za-z0-9_-]{1,100})(?<annuleren>\/annuleren)?\/?$/;
const privé = { 'referrer-policy': 'no-referrer', 'x-robots-tag': 'noindex' };

function beheerInhoud(a: BeheerAanmelding, avond: Avond, token: string, nieuw: boolean, begonnen: boolean): string {
  const kop = `<h1 class="utrecht-heading-1">${esc(avond.titel)}</h1>
<p class="utrecht-paragraph">${esc(wanneer(avond))}, ${esc(avond.locatie.naam)}, ${esc(avond.locatie.adres)}.</p>`;
  if (a.status === 'geannuleerd') {
    return `${kop}<div class="utrecht-alert utrecht-alert--info" role="status"><div class="utrecht-alert__content">
<h2 class="utrecht-heading-2" tabindex="-1" id="uitslag">U bent afgemeld</h2>
<p class="utrecht-paragraph">U bent afgemeld voor deze avond (referentie <strong>${esc(a.referentie)}</strong>). Bedankt dat u het liet weten. Wij hebben u een bevestiging gemaild.</p>
</div></div><p class="utrecht-paragraph">Wilt u toch komen? <a class="utrecht-link" href="/avonden/${esc(avond.slug)}/">Meld u opnieuw aan op de pagina van de avond</a>.</p>`;
  }
  const uitslag = uitslagHtml(
    {
      slug: avond.slug,
      status: a.status,
      referentie: a.referentie,
      personen: a.personen,
      beheerUrl: `/api/aanmeldingen/${token}`,
      wachtrij: a.wachtrij,
    },
    'h2',
    true,
  );
  const afzeggen = begonnen
    ? '<p class="utrecht-paragraph">De avond is al begonnen of voorbij. Afmelden kan niet meer.</p>'
    : `<h2 class="utrecht-heading-2">Kunt u toch niet komen?</h2>
<p class="utrecht-paragraph">Meld u dan af. Dan kan iemand van de wachtlijst uw plaats krijgen.</p>
<form method="get" action="/api/aanmeldingen/${esc(token)}/annuleren">
<button class="utrecht-button utrecht-button--secondary-action" type="submit">Afmelden voor deze avond</button></form>`;
  return `${kop}${nieuw ? '' : '<p class="utrecht-paragraph">Dit is uw persoonlijke pagina voor deze aanmelding.</p>'}${uitslag}${afzeggen}`;
}

/** The one question before cancelling: a POST button that cancels, and a link back that does nothing. */
function bevestigInhoud(a: BeheerAanmelding, avond: Avond, token: string): string {
  const beheer = `/api/aanmeldingen/${esc(token)}`;
  return `<h1 class="utrecht-heading-1">Weet u zeker dat u zich wilt afmelden?</h1>
<p class="utrecht-paragraph">U meldt zich af voor ${esc(avond.titel)}: ${esc(wanneer(avond))}, ${esc(avond.locatie.naam)}.</p>
<p class="utrecht-paragraph">Referentie <strong>${esc(a.referentie)}</strong>, ${a.personen === 1 ? '1 persoon' : `${a.personen} personen`}.${
    a.status === 'bevestigd' ? ' Uw plaats gaat dan naar iemand op de wachtlijst.' : ''
  } Afmelden kunt u niet ongedaan maken.</p>
<form class="vs-formulier" method="post" action="${beheer}/annuleren">
<button class="utrecht-button utrecht-button--primary-action" type="submit">Ja, afmelden</button></form>
<p class="utrecht-paragraph"><a class="utrecht-link" href="${beheer}">Nee, terug</a></p>`;
}

export function maakBeheerHandler(d: Diensten) {
  return async (req: Request, context?: Partial<Pick<Context, 'ip' | 'waitUntil'>>): Promise<Response> => {
    const alsJson = wilJson(req);
    const delen = padDelen(req, pad);
    const token = delen?.['token'] ?? '';
    const annuleren = Boolean(delen?.['annuleren']);
    const lezen = req.method === 'GET' || req.method === 'HEAD';
    if (!lezen && !(annuleren && req.method === 'POST')) {
      return new Response('Methode niet toegestaan', {
        status: 405,
        headers: { allow: annuleren ? 'GET, HEAD, POST' : 'GET, HEAD' },
      });
    }
    /** Only a POST to …/annuleren cancels; a GET there asks first. */
    const afzeggen = annuleren && !lezen;
    const nietGevonden =
      'Deze link werkt niet (meer). Misschien is de avond al langer dan een maand geleden. Kijk in uw e-mail voor de juiste link.';
    /** The step in progress, for the log. */
    let stap = afzeggen ? 'annuleren/laden' : 'aanmelding/laden';
    try {
      const db = await d.db();
      if (afzeggen && !(await binnenLimiet(db, clientSleutel(req, context?.ip), d.limietPerMinuut, d.klok()))) {
        const m = teVaakMelding();
        return alsJson ? json({ fout: m }, 429, { 'retry-after': '60' }) : await foutPagina(req, d.kader, 429, m);
      }
      const a = await vindViaToken(db, token);
      const avond = a ? await vindAvond(d.avonden, a.avond) : undefined;
      if (!a || !avond)
        return alsJson ? json({ fout: nietGevonden }, 404, privé) : await foutPagina(req, d.kader, 404, nietGevonden);
      const begonnen = d.nu().getTime() >= avond.start.moment.getTime();
      const beheerPad = `/api/aanmeldingen/${token}`;
      if (annuleren && lezen && !alsJson) {
        // Already cancelled, or too late: the manage page says so.
        if (a.status === 'geannuleerd' || begonnen)
          return new Response(null, {
            status: 303,
            headers: { location: beheerPad, 'cache-control': 'no-store', ...privé },
          });
        return await htmlPagina(req, d.kader, {
          titel: `Afmelden: ${avond.titel}`,
          kaderPad: `/avonden/${avond.slug}/`,
          inhoud: bevestigInhoud(a, avond, token),
          headers: privé,
        });
      }
      if (!afzeggen) {
        if (alsJson)
          return json(
            {
              status: a.status,
              referentie: a.referentie,
              personen: a.personen,
              avond: avond.slug,
              ...(a.status === 'wachtlijst' ? { wachtrij: a.wachtrij } : {}),
            },
            200,
            privé,
          );
        const nieuw = new URL(req.url).searchParams.has('nieuw');
        return await htmlPagina(req, d.kader, {
          titel: `Uw aanmelding: ${avond.titel}`,
          kaderPad: `/avonden/${avond.slug}/`,
          inhoud: beheerInhoud(a, avond, token, nieuw, begonnen),
          headers: privé,
        });
      }
      if (begonnen) {
        const m = 'De avond is al begonnen of voorbij. Afmelden kan niet meer.';
        return alsJson
          ? json({ fout: m }, 409, privé)
          : await foutPagina(req, d.kader, 409, m, `/avonden/${avond.slug}/`);
      }
      stap = 'annuleren/opslaan';
      const ctx = { basisUrl: new URL(req.url).origin, privacy: privacyTekst(d.bewaarDagen) };
      await zorgVoorAvond(db, avond, ctx);
      const oud = await annuleerMetMail(
        db,
        a.id,
        afmeldMail({ avond, naam: a.naam, referentie: a.referentie, basisUrl: ctx.basisUrl }),
      );
      if (oud === 'bevestigd') await vulVrijePlaatsen(db, avond, ctx);
      // The confirmation (and any place-free mails) go out now when SMTP is set.
      if (oud && d.bezorgDirect) {
        const bezorgen = bezorgAlsIngesteld(db, 10).catch((fout: unknown) => logFout('annuleren/bezorgen', fout));
        if (context?.waitUntil) context.waitUntil(bezorgen);
        else await bezorgen;
      }
      if (alsJson) return json({ status: 'geannuleerd', referentie: a.referentie }, 200, privé);
      return new Response(null, {
        status: 303,
        headers: { location: beheerPad, 'cache-control': 'no-store', ...privé },
      });
    } catch (fout) {
      logFout(stap, fout);
      const m = isVerbindingsfout(fout)
        ? 'Het lukt nu niet om uw aanmelding te laden. Probeer het over een paar minuten opnieuw.'
        : 'Er ging iets mis. Probeer het later opnieuw of bel het servicepunt.';
      const status = isVerbindingsfout(fout) ? 503 : 500;
      return alsJson ? json({ fout: m }, status) : foutPagina(req, d.kader, status, m);
    }
  };
}

export default maakBeheerHandler(standaardDiensten());

export const config: Config = { path: ['/api/aanmeldingen/:token', '/api/aanmeldingen/:token/annuleren'] };

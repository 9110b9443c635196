/**
 * GET /api/enquetes/<slug>/resultaten — the counts per option per question and the number of
 * respondents, only once the survey has closed (before: 403). Never the open-text answers.
 * JSON by default; browsers (Accept: text/html) get a results page inside the survey page's frame.
 */
import type { Config } from '@netlify/functions';
import { enqueteVenster, uitslagVanaf } from '../src/domain/antwoord.ts';
import { maakUitslag, voorbeeldTelling } from '../src/domain/enquete-uitslag.ts';
import { datumTijd } from '../src/domain/tijd.ts';
import { uitslagHtml } from '../src/lib/enquete-uitslag.ts';
import { isVerbindingsfout } from './lib/db.ts';
import { logFout } from './lib/diensten.ts';
import { telAntwoorden } from './lib/enquete-opslag.ts';
import { standaardEnqueteDiensten, vindEnquete, type EnqueteDiensten } from './lib/enquetes.ts';
import { json, padDelen } from './lib/http.ts';
import { foutPagina, htmlPagina } from './lib/pagina.ts';

const voorbeeldMelding = `<div class="utrecht-alert utrecht-alert--warning" role="note"><div class="utrecht-alert__content"><p class="utrecht-paragraph"><strong>Voorbeeld:</strong> deze enquête heeft hier nog geen echte antwoorden. De aantallen hieronder zijn verzonnen, zodat u de pagina kunt bekijken. Dit gebeurt alleen op een lokale testsite.</p></div></div>`;

const pad = /^\/api\/enquetes\/(?<slug>[a-z0-9-]{1,100})\/resultaten\/?$/;

export function maakResultatenHandler(d: EnqueteDiensten) {
  return async (req: Request): Promise<Response> => {
    const alsHtml = /text\/html/i.test(req.headers.get('accept') ?? '');
    if (req.method !== 'GET') return new Response('Gebruik GET.', { status: 405, headers: { allow: 'GET' } });
    const slug = padDelen(req, pad)?.['slug'];
    const e = slug ? await vindEnquete(d.enquetes, slug) : undefined;
    if (!e) {
      return alsHtml
        ? foutPagina(req, d.kader, 404, 'Deze enquête bestaat niet.')
        : json({ fout: 'Deze enquête bestaat niet.' }, 404);
    }
    const terug = `/enquetes/${e.slug}/`;
    if (enqueteVenster(e, d.nu()) !== 'gesloten') {
      const melding = `De uitslag staat hier vanaf ${datumTijd(uitslagVanaf(e))}, als de enquête gesloten is.`;
      return alsHtml
        ? htmlPagina(req, d.kader, {
            titel: 'Nog geen uitslag',
            status: 403,
            fout: true,
            kaderPad: terug,
            inhoud: `<h1 class="utrecht-heading-1">Nog geen uitslag</h1><p class="utrecht-paragraph">${melding}</p><p class="utrecht-paragraph"><a class="utrecht-link" href="${terug}">Terug naar de enquête</a></p>`,
          })
        : json({ fout: melding, vanaf: uitslagVanaf(e).toISOString() }, 403);
    }
    try {
      let telling = await telAntwoorden(await d.db(), e.slug);
      const voorbeeld = Boolean(d.voorbeeldUitslag && e.bron === 'voorbeeld' && telling.respondenten === 0);
      if (voorbeeld) telling = voorbeeldTelling(e);
      const uitslag = maakUitslag(e, telling);
      if (!alsHtml) return json(voorbeeld ? { ...uitslag, voorbeeld } : uitslag);
      return await htmlPagina(req, d.kader, {
        titel: `Uitslag: ${e.titel}`,
        kaderPad: terug,
        inhoud: `${voorbeeld ? voorbeeldMelding : ''}${uitslagHtml(e, uitslag)}`,
      });
    } catch (fout) {
      logFout('resultaten/tellen', fout);
      const status = isVerbindingsfout(fout) ? 503 : 500;
      const melding = 'De uitslag is nu niet op te halen. Probeer het later opnieuw.';
      return alsHtml ? foutPagina(req, d.kader, status, melding, terug) : json({ fout: melding }, status);
    }
  };
}

export default maakResultatenHandler(standaardEnqueteDiensten());

export const config: Config = { path: '/api/enquetes/:slug/resultaten', method: 'GET' };

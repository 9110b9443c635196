/**
 * POST /api/volgen — follow a street, project or wijk by e-mail (double opt-in). A plain form
 * post: 303 to GET /api/volgen?verstuurd=1&… ("check your e-mail"), or the form again with an
 * error summary and everything typed; JSON clients get 202/422/404/429. The answer is the same
 * whether or not the address already follows something; the honeypot gets it too.
 * GET /api/volgen?soort=&doel= — the form on its own (e.g. after an error), inside the frame of
 * the page of what is followed.
 */
import type { Config, Context } from '@netlify/functions';
import { controleerVolgen, volgSoorten, type VolgInvoer, type VolgSoort } from '../src/domain/volgen.ts';
import { esc } from '../src/lib/aanmeldformulier.ts';
import { volgFormulierHtml, volgKop, type VolgFormulierOpties } from '../src/lib/volgformulier.ts';
import { isVerbindingsfout } from './lib/db.ts';
import { logFout, standaardVolgDiensten, type VolgDiensten } from './lib/diensten.ts';
import { binnenLimiet, clientSleutel, HttpFout, json, leesVelden, teVaakMelding, wilJson } from './lib/http.ts';
import { bezorgAlsIngesteld } from './lib/outbox.ts';
import { foutPagina, htmlPagina, meldingInhoud } from './lib/pagina.ts';
import { volgAan } from './lib/volgen.ts';

const isSoort = (s: string | null | undefined): s is VolgSoort => (volgSoorten as readonly string[]).includes(s ?? '');

export function maakVolgHandler(d: VolgDiensten) {
  return async (req: Request, context?: Partial<Pick<Context, 'ip' | 'waitUntil'>>): Promise<Response> => {
    const alsJson = wilJson(req);
    const url = new URL(req.url);
    const bron = await d.nieuws();
    const onderwerp = (soort: string | null | undefined, doel: string | null | undefined) =>
      isSoort(soort) && doel ? { soort, doel, naam: bron.naam(soort, doel), pad: bron.pad(soort, doel) } : undefined;

    const formulier = async (
      o: { soort: VolgSoort; doel: string; naam: string; pad: string },
      f: Omit<VolgFormulierOpties, 'soort' | 'doel'>,
      status: number,
    ): Promise<Response> =>
      htmlPagina(req, d.kader, {
        titel: `${volgKop(o.soort)}: ${o.naam}`,
        fout: status >= 400,
        status,
        kaderPad: o.pad,
        inhoud: `<h1 class="utrecht-heading-1">${esc(volgKop(o.soort))}: ${esc(o.naam)}</h1>
${volgFormulierHtml({ soort: o.soort, doel: o.doel, ...f })}`,
      });

    if (req.method === 'GET' || req.method === 'HEAD') {
      const o = onderwerp(url.searchParams.get('soort'), url.searchParams.get('doel'));
      if (!o?.naam) return foutPagina(req, d.kader, 404, 'Dit kunt u niet volgen: de pagina bestaat niet.');
      const metNaam = { ...o, naam: o.naam };
      if (url.searchParams.get('verstuurd') === '1')
        return htmlPagina(req, d.kader, {
          titel: 'Kijk in uw e-mail',
          kaderPad: o.pad,
          inhoud: meldingInhoud(
            'Kijk in uw e-mail',
            [
              `Wij hebben een e-mail gestuurd naar het adres dat u invulde. Klik op de link in die e-mail om te bevestigen dat u nieuws over ${o.naam} wilt krijgen. De link werkt 48 uur.`,
              'Geen e-mail gekregen? Kijk ook in de map met ongewenste e-mail.',
            ],
            { href: o.pad, tekst: `Terug naar ${o.naam}` },
          ),
        });
      return formulier(metNaam, {}, 200);
    }
    if (req.method !== 'POST')
      return new Response('Gebruik POST.', { status: 405, headers: { allow: 'GET, HEAD, POST' } });

    const invoer: VolgInvoer = {};
    let o: { soort: VolgSoort; doel: string; naam: string; pad: string } | undefined;
    try {
      const velden = await leesVelden(req);
      const honingpot = velden['website'];
      delete velden['website'];
      if (velden['email'] !== undefined) invoer.email = velden['email'];
      if (velden['frequentie'] !== undefined) invoer.frequentie = velden['frequentie'];
      const gevonden = onderwerp(velden['soort'], velden['doel']);
      if (!gevonden?.naam) {
        return alsJson
          ? json({ fout: 'Dit kunt u niet volgen: de pagina bestaat niet.' }, 404)
          : await foutPagina(req, d.kader, 404, 'Dit kunt u niet volgen: de pagina bestaat niet.');
      }
      o = { ...gevonden, naam: gevonden.naam };
      const verstuurd = (): Response =>
        alsJson
          ? json({ status: 'verstuurd' }, 202)
          : new Response(null, {
              status: 303,
              headers: {
                location: `${url.origin}/api/volgen?verstuurd=1&soort=${o!.soort}&doel=${encodeURIComponent(o!.doel)}`,
                'cache-control': 'no-store',
              },
            });
      // A bot filled the hidden field: answer as usual, store and send nothing.
      if (honingpot) return verstuurd();
      const controle = controleerVolgen(velden);
      if (!controle.ok) {
        return alsJson
          ? json({ fouten: controle.fouten }, 422)
          : await formulier(o, { invoer, fouten: controle.fouten }, 422);
      }
      const db = await d.db();
      if (!(await binnenLimiet(db, clientSleutel(req, context?.ip), d.limietPerMinuut, d.klok()))) {
        const melding = teVaakMelding('Wat u invulde, staat er nog.');
        return alsJson
          ? json({ fout: melding }, 429, { 'retry-after': '60' })
          : await formulier(o, { invoer, melding: { soort: 'warning', titel: 'Even geduld', tekst: melding } }, 429);
      }
      await volgAan(db, controle.aanvraag, { basisUrl: url.origin, klok: d.klok(), naam: o.naam, pad: o.pad });
      if (d.bezorgDirect) {
        const bezorgen = bezorgAlsIngesteld(db, 5).catch((fout: unknown) => logFout('volgen/bezorgen', fout));
        if (context?.waitUntil) context.waitUntil(bezorgen);
        else await bezorgen;
      }
      return verstuurd();
    } catch (fout) {
      if (fout instanceof HttpFout)
        return alsJson
          ? json({ fout: fout.melding }, fout.status)
          : foutPagina(req, d.kader, fout.status, fout.melding);
      const onbereikbaar = isVerbindingsfout(fout);
      logFout('volgen', fout);
      const melding = onbereikbaar
        ? 'Het lukt nu niet om dit op te slaan. Wat u invulde, staat er nog. Probeer het over een paar minuten opnieuw.'
        : 'Er ging iets mis bij het opslaan. Wat u invulde, staat er nog. Probeer het later opnieuw.';
      const status = onbereikbaar ? 503 : 500;
      if (alsJson || !o) return json({ fout: melding }, status);
      return formulier(o, { invoer, melding: { soort: 'error', titel: 'Niet opgeslagen', tekst: melding } }, status);
    }
  };
}

export default maakVolgHandler(standaardVolgDiensten());

export const config: Config = { path: '/api/volgen', method: ['GET', 'POST'] };

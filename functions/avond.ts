/**
 * GET /api/avonden/<slug> — live places and window: {"capaciteit","bevestigd","wachtlijst" (persons),
 * "open", "venster" ("nog-niet" | "open" | "gesloten"), "melding"? (why not, with the date)}.
 * The avond page's script uses it to show or hide the form (the static page may be a day old), to
 * say how many places are left, and that a full evening means the waitlist. No personal data.
 */
import type { Config } from '@netlify/functions';
import { aanmeldVenster, vensterMelding } from '../src/domain/aanmelding.ts';
import { vindAvond } from './lib/avonden.ts';
import { isVerbindingsfout } from './lib/db.ts';
import { logFout, standaardDiensten, type Diensten } from './lib/diensten.ts';
import { json, padDelen } from './lib/http.ts';
import { telling } from './lib/overzicht.ts';

const pad = /^\/api\/avonden\/(?<slug>[a-z0-9-]{1,100})\/?$/;

export function maakAvondHandler(d: Diensten) {
  return async (req: Request): Promise<Response> => {
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return new Response('Gebruik GET.', { status: 405, headers: { allow: 'GET, HEAD' } });
    const slug = padDelen(req, pad)?.['slug'];
    const avond = slug ? await vindAvond(d.avonden, slug) : undefined;
    if (!avond) return json({ fout: 'Deze informatieavond bestaat niet.' }, 404);
    const venster = aanmeldVenster(avond, d.nu());
    const open = venster === 'open';
    try {
      const t = await telling(await d.db(), avond.slug);
      return json(
        {
          capaciteit: avond.capaciteit,
          bevestigd: t?.bevestigd ?? 0,
          wachtlijst: t?.wachtlijst ?? 0,
          open,
          venster,
          ...(venster === 'open' ? {} : { melding: vensterMelding(avond, venster).tekst }),
        },
        200,
        {
          'cache-control': 'public, max-age=10',
        },
      );
    } catch (fout) {
      logFout('avond/tellen', fout);
      return json({ fout: 'Het aantal plaatsen is nu niet bekend.' }, isVerbindingsfout(fout) ? 503 : 500);
    }
  };
}

export default maakAvondHandler(standaardDiensten());

export const config: Config = { path: '/api/avonden/:slug', method: 'GET' };

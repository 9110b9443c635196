/**
 * The content a map is built from, read at build time: projects and streets from the content
 * collections, wijk boundaries from content/wijkgrenzen.json (absent file = no boundaries), and
 * the basemap setting. Pages and the JSON endpoint both call `kaartVoor`, so they show the same.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { instellingen } from '../domain/instellingen.ts';
import { grensvlakken, wijkgrenzenSchema, type Grensvlak } from '../domain/straat.ts';
import { inhoud } from './content.ts';
import { kaartModel, type KaartModel } from './kaart.ts';

let grenzen: Grensvlak[] | undefined;

/** Every area of the file: own boundaries, CBS buurten (our wijken are buurten) and CBS wijken. */
function wijkgrenzen(): Grensvlak[] {
  if (grenzen) return grenzen;
  const bestand = join(process.env['INHOUD_MAP'] ?? './content', 'wijkgrenzen.json');
  grenzen = existsSync(bestand)
    ? grensvlakken(wijkgrenzenSchema.parse(JSON.parse(readFileSync(bestand, 'utf8')) as unknown))
    : [];
  return grenzen;
}

/**
 * The map of one wijk, or of all Voorschoten when `wijk` is absent; with `alleen` (project slugs)
 * only those projects, on the map of `wijk` (a street page).
 */
export async function kaartVoor(wijk?: string, alleen?: readonly string[]): Promise<KaartModel> {
  const { projecten, straten, wijken } = await inhoud();
  // Labels use our wijk's name ("Noord Hofland"), not the CBS name ("Noord-Hofland").
  const namen = new Map(wijken.map((w) => [w.id, w.data.naam]));
  return kaartModel({
    projecten: projecten.map((p) => p.data),
    straten: straten.map((s) => s.data),
    grenzen: wijkgrenzen().map((g) => ({ ...g, naam: (g.wijk && namen.get(g.wijk)) ?? g.naam })),
    ...(wijk === undefined ? {} : { wijk }),
    ...(alleen === undefined ? {} : { alleen }),
  });
}

/** Whether the boundaries on the map are sample data. */
export function grenzenZijnVoorbeeld(): boolean {
  return wijkgrenzen().some((g) => g.bron === 'voorbeeld');
}

/** The basemap style URL, or '' for the plain background (PUBLIC_KAART_ONDERGROND = "" or "geen"). */
export function kaartOndergrond(): string {
  const waarde = process.env['PUBLIC_KAART_ONDERGROND'];
  if (waarde === undefined) return instellingen.kaartOndergrond;
  return waarde.trim() === 'geen' ? '' : waarde.trim();
}

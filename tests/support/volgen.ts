/**
 * Test helpers for "volgen": a news source from the real content (optionally with extra
 * berichten, as a deploy would add them), and VolgDiensten around a test database.
 */
import type { Db } from '../../functions/lib/db.ts';
import type { VolgDiensten } from '../../functions/lib/diensten.ts';
import { maakNieuwsBron, type NieuwsBron } from '../../functions/lib/nieuwsbron.ts';
import { berichtSchema } from '../../src/domain/schemas.ts';
import { BASIS, testDiensten } from './database.ts';
import { leesInhoud } from './inhoud.ts';

const inhoud = leesInhoud();

/** A bericht as content/berichten/<id>.mdx would give it. */
export function testBericht(id: string, velden: Record<string, unknown> = {}, body = 'Een korte tekst.') {
  return {
    id,
    data: berichtSchema.parse({
      datum: '2027-01-20',
      titel: `Bericht ${id}`,
      soort: 'voortgang',
      projecten: ['riool-voorstraat-schoolstraat'],
      bron: 'voorbeeld',
      ...velden,
    }),
    body,
  };
}

/** The news source of the real content, plus `extra` berichten. */
export function testBron(extra: ReturnType<typeof testBericht>[] = []): NieuwsBron {
  return maakNieuwsBron({
    ...inhoud,
    berichten: [...inhoud.berichten, ...extra],
    straten: inhoud.straten.map((s) => s.data),
  });
}

export function volgDiensten(db: Db, bron: () => NieuwsBron, extra: Partial<VolgDiensten> = {}): VolgDiensten {
  return {
    ...testDiensten(db, []),
    nieuws: () => Promise.resolve(bron()),
    siteUrl: BASIS,
    ...extra,
  };
}

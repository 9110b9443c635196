/**
 * The measurements that need features built by later issues. Each says plainly when the feature
 * is not there yet, instead of printing a made-up figure.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const project = resolve(import.meta.dirname, '../..');

export interface Rij {
  meting: string;
  waarde: string;
  basislijn: string;
  verhouding: string;
}

export async function overigeMetingen(): Promise<Rij[]> {
  const rijen: Rij[] = [];
  if (!existsSync(resolve(project, 'node_modules/pagefind'))) {
    rijen.push({
      meting: 'pagefind: bytes 1e en 2e zoekvraag',
      waarde: 'n.v.t.',
      basislijn: 'zoeken bestaat nog niet',
      verhouding: '-',
    });
  }
  return Promise.resolve(rijen);
}

/**
 * `npm run bench`: measures and prints one table; every figure beside a baseline measured in the
 * same run, so the ratio means something on any machine. Not part of `npm test`.
 */
import { cpus, totalmem } from 'node:os';
import { bouwBench, AANTAL_STRATEN } from './bouwen.ts';

interface Rij {
  meting: string;
  waarde: string;
  basislijn: string;
  verhouding: string;
}

const rijen: Rij[] = [];
const f1 = (n: number): string => n.toFixed(1);

console.log(
  `Bench op ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${f1(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
);

const { site, kaal } = await bouwBench();
rijen.push({
  meting: `bouwtijd site + ${AANTAL_STRATEN} straatpagina's (${site.paginas} pagina's)`,
  waarde: `${f1(site.seconden)} s`,
  basislijn: `${f1(kaal.seconden)} s (kaal Astro, ${kaal.paginas} pagina's)`,
  verhouding: `${(site.seconden / kaal.seconden).toFixed(2)}×`,
});
rijen.push({
  meting: 'piekgeheugen bij het bouwen',
  waarde: `${Math.round(site.piekMiB)} MiB`,
  basislijn: `${Math.round(kaal.piekMiB)} MiB`,
  verhouding: `${(site.piekMiB / kaal.piekMiB).toFixed(2)}×`,
});

const extra = await import('./metingen.ts')
  .then((m) => m.overigeMetingen())
  .catch((fout: unknown) => {
    console.warn(`overige metingen mislukt: ${String(fout)}`);
    return [];
  });
rijen.push(...extra);

const kolommen = ['meting', 'waarde', 'basislijn', 'verhouding'] as const;
const breedte = kolommen.map((k) => Math.max(k.length, ...rijen.map((r) => r[k].length)));
const regel = (cellen: string[]): string => `| ${cellen.map((c, i) => c.padEnd(breedte[i]!)).join(' | ')} |`;
console.log(regel([...kolommen]));
console.log(regel(breedte.map((b) => '-'.repeat(b))));
for (const r of rijen) console.log(regel(kolommen.map((k) => r[k])));

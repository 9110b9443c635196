/**
 * Build benchmark: our site plus 5,000 generated street pages, beside a bare Astro project that
 * builds the same number of trivial pages with the same Astro. The ratio is the figure.
 *
 * The 5,000 streets are added to a copy of content/straten.json (spread over the wijken, with the
 * postcodes of a real street in the same wijk), so the real street pages are built.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const project = resolve(import.meta.dirname, '../..');
const astroBin = join(project, 'node_modules/astro/bin/astro.mjs');
export const AANTAL_STRATEN = 5000;

export interface BouwMeting {
  seconden: number;
  piekMiB: number;
  paginas: number;
}

/** Runs `astro build` in a folder under /usr/bin/time and reads wall time and peak memory. */
function meetBouw(map: string): Promise<BouwMeting> {
  return new Promise((klaar, mis) => {
    const tijdBestand = join(map, '.tijd');
    const kind = spawn('/usr/bin/time', ['-f', '%e %M', '-o', tijdBestand, process.execPath, astroBin, 'build'], {
      cwd: map,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let uitvoer = '';
    kind.stdout.on('data', (d: Buffer) => (uitvoer += d.toString()));
    kind.stderr.on('data', (d: Buffer) => (uitvoer += d.toString()));
    kind.on('error', mis);
    kind.on('close', (code) => {
      if (code !== 0) {
        mis(new Error(`astro build in ${map} mislukte:\n${uitvoer.slice(-2000)}`));
        return;
      }
      const [sec = '0', kb = '0'] = readFileSync(tijdBestand, 'utf8').trim().split(/\s+/);
      const paginas = Number(/(\d+) page\(s\) built/.exec(uitvoer)?.[1] ?? 0);
      klaar({ seconden: Number(sec), piekMiB: Number(kb) / 1024, paginas });
    });
  });
}

const kaleRoute = `---
export function getStaticPaths() {
  return Array.from({ length: ${AANTAL_STRATEN} }, (_, i) => ({ params: { slug: 'straat-' + i } }));
}
const { slug } = Astro.params;
---
<html lang="nl"><head><title>{slug}</title></head><body><h1>{slug}</h1></body></html>
`;

/** Our site in a temporary copy, with 5,000 street pages added. */
function maakSiteKopie(): string {
  const map = mkdtempSync(join(tmpdir(), 'bench-site-'));
  for (const naam of [
    'src',
    'content',
    'public',
    'astro.config.mjs',
    'postcss.config.mjs',
    'tsconfig.json',
    'package.json',
  ]) {
    cpSync(join(project, naam), join(map, naam), { recursive: true });
  }
  symlinkSync(join(project, 'node_modules'), join(map, 'node_modules'));
  const straten = JSON.parse(readFileSync(join(project, 'content/straten.json'), 'utf8')) as {
    slug: string;
    wijk: string;
    postcodes: string[];
  }[];
  const voorbeelden = [...new Map(straten.map((s) => [s.wijk, s])).values()];
  for (let i = 0; i < AANTAL_STRATEN; i++) {
    const v = voorbeelden[i % voorbeelden.length]!;
    straten.push({ ...v, naam: `Benchstraat ${i}`, slug: `benchstraat-${i}` } as (typeof straten)[number]);
  }
  straten.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  writeFileSync(join(map, 'content/straten.json'), JSON.stringify(straten));
  return map;
}

/** A bare Astro project with the same number of trivial pages. */
function maakKaleKopie(): string {
  const map = mkdtempSync(join(tmpdir(), 'bench-kaal-'));
  mkdirSync(join(map, 'src/pages'), { recursive: true });
  writeFileSync(join(map, 'package.json'), '{ "type": "module", "private": true }\n');
  writeFileSync(
    join(map, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n",
  );
  writeFileSync(join(map, 'src/pages/[slug].astro'), kaleRoute);
  symlinkSync(join(project, 'node_modules'), join(map, 'node_modules'));
  return map;
}

export async function bouwBench(): Promise<{ site: BouwMeting; kaal: BouwMeting }> {
  const siteMap = maakSiteKopie();
  const kaalMap = maakKaleKopie();
  try {
    const kaal = await meetBouw(kaalMap);
    const site = await meetBouw(siteMap);
    return { site, kaal };
  } finally {
    rmSync(siteMap, { recursive: true, force: true });
    rmSync(kaalMap, { recursive: true, force: true });
  }
}

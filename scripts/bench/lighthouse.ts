/**
 * Lighthouse 12 (mobile preset: simulated slow 4G and a 4× slower CPU) on the built site with
 * Debian's Chromium: performance score and total blocking time of /kaart/ beside a wijk page
 * (the baseline) in the same run. Serves the build with a tiny static server that gzips like
 * Netlify; the tests' rule holds: no network (PDOK's basemap is not requested before the resident
 * asks anyway).
 *
 * `node scripts/bench/lighthouse.ts [dist]` prints the figures for an existing build (or builds one);
 * `npm run bench` adds them to its table (scripts/bench/metingen.ts).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { chromiumPad } from '../../tests/browser/browser.ts';
import { bouw, projectMap } from '../../tests/build/bouw.ts';
import { statischeServer } from './zoeken.ts';

/** The page measured, and the page beside it. */
export const PAGINAS = { kaart: '/kaart/', wijk: '/wijken/vlietwijk/' } as const;

export interface LighthouseMeting {
  /** Performance score 0–100. */
  prestatie: number;
  /** Total blocking time in ms. */
  tbt: number;
  /** Time to interactive in ms. */
  tti: number;
}

const chromeVlaggen = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
].join(' ');

/** Runs the Lighthouse CLI once on a URL (performance only) and reads its JSON report. */
function lighthouse(url: string, chrome: string): Promise<LighthouseMeting> {
  const werk = mkdtempSync(join(tmpdir(), 'lighthouse-'));
  const rapport = join(werk, 'rapport.json');
  const args = [
    url,
    '--only-categories=performance',
    '--output=json',
    `--output-path=${rapport}`,
    `--chrome-flags=${chromeVlaggen}`,
    '--quiet',
  ];
  return new Promise((klaar, mis) => {
    const kind = spawn(process.execPath, [join(projectMap, 'node_modules/lighthouse/cli/index.js'), ...args], {
      env: { ...process.env, CHROME_PATH: chrome },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let fouten = '';
    kind.stderr.on('data', (d: Buffer) => (fouten += d.toString()));
    kind.on('error', mis);
    kind.on('close', (code) => {
      try {
        if (code !== 0) throw new Error(`lighthouse stopte met code ${code}:\n${fouten.slice(-2000)}`);
        const r = JSON.parse(readFileSync(rapport, 'utf8')) as {
          categories: { performance: { score: number } };
          audits: Record<string, { numericValue?: number }>;
        };
        klaar({
          prestatie: Math.round(r.categories.performance.score * 100),
          tbt: r.audits['total-blocking-time']?.numericValue ?? NaN,
          tti: r.audits['interactive']?.numericValue ?? NaN,
        });
      } catch (fout) {
        mis(fout instanceof Error ? fout : new Error(String(fout)));
      } finally {
        rmSync(werk, { recursive: true, force: true });
      }
    });
  });
}

/** Measures /kaart/ and the wijk page of an existing build, one after the other. */
export async function meetLighthouseIn(dist: string): Promise<Record<keyof typeof PAGINAS, LighthouseMeting>> {
  const chrome = chromiumPad();
  if (!chrome) throw new Error('Geen Chromium (apt-get install -y chromium, of CHROMIUM_PATH).');
  const { url, server } = await statischeServer(resolve(dist), { gzip: true });
  try {
    return {
      kaart: await lighthouse(url + PAGINAS.kaart, chrome),
      wijk: await lighthouse(url + PAGINAS.wijk, chrome),
    };
  } finally {
    server.close();
  }
}

/** Builds the site into a temporary folder and measures it; undefined without Chromium. */
export async function meetLighthouse(): Promise<Record<keyof typeof PAGINAS, LighthouseMeting> | undefined> {
  if (!chromiumPad()) return undefined;
  const r = await bouw();
  try {
    if (r.code !== 0) throw new Error(`bouwen mislukt:\n${r.uitvoer.slice(-2000)}`);
    return await meetLighthouseIn(r.map);
  } finally {
    rmSync(dirname(r.map), { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  const m = process.argv[2] ? await meetLighthouseIn(process.argv[2]) : await meetLighthouse();
  console.log(m);
}

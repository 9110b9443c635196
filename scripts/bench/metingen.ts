/**
 * The measurements that need features built by later issues. Each says plainly when the feature
 * is not there yet, instead of printing a made-up figure.
 */
export interface Rij {
  meting: string;
  waarde: string;
  basislijn: string;
  verhouding: string;
}

export async function overigeMetingen(): Promise<Rij[]> {
  const rijen: Rij[] = [];
  rijen.push(...(await zoekRijen()));
  rijen.push(...(await lighthouseRijen()));
  rijen.push(...(await aanmeldRijen()));
  rijen.push(...(await antwoordRijen()));
  rijen.push(...(await volgRijen()));
  return rijen;
}

/** Survey-answer latency at 20 concurrent requests beside a handler that only parses the body (issue 5). */
async function antwoordRijen(): Promise<Rij[]> {
  const { pgBinMap } = await import('../../tests/support/postgres.ts');
  if (!process.env['DATABASE_URL'] && !pgBinMap()) {
    return [
      {
        meting: 'enquête-antwoord p50/p95',
        waarde: 'n.v.t.',
        basislijn: 'geen PostgreSQL (DATABASE_URL of Debian-pakket)',
        verhouding: '-',
      },
    ];
  }
  const { GELIJKTIJDIG, meetAntwoorden } = await import('./antwoorden.ts');
  const { basis, echt } = await meetAntwoorden();
  const ms = (x: number): string => `${x.toFixed(1)} ms`;
  return [
    {
      meting: `enquête-antwoord p50/p95, ${GELIJKTIJDIG} tegelijk (PostgreSQL)`,
      waarde: `${ms(echt.p50)} / ${ms(echt.p95)}`,
      basislijn: `${ms(basis.p50)} / ${ms(basis.p95)} (handler die alleen de body leest)`,
      verhouding: `${(echt.p50 / basis.p50).toFixed(0)}× / ${(echt.p95 / basis.p95).toFixed(0)}×`,
    },
  ];
}

/**
 * Search (issue 6): bytes of the Pagefind index fetched by /zoeken/ in Chromium for a first and a
 * second search, beside the whole index on disk (scripts/bench/zoeken.ts).
 */
async function zoekRijen(): Promise<Rij[]> {
  const { ZOEKVRAGEN, meetZoeken } = await import('./zoeken.ts');
  const m = await meetZoeken();
  if (!m) {
    return [
      { meting: 'pagefind: bytes 1e en 2e zoekvraag', waarde: 'n.v.t.', basislijn: 'geen Chromium', verhouding: '-' },
    ];
  }
  const kB = (b: number): string => `${(b / 1000).toFixed(1)} kB`;
  const basislijn = `${kB(m.totaal)} (hele pagefind-index op schijf)`;
  return [
    {
      meting: `pagefind: bytes 1e zoekvraag ("${ZOEKVRAGEN[0]}", incl. pagefind.js en wasm)`,
      waarde: kB(m.eerste),
      basislijn,
      verhouding: `${((100 * m.eerste) / m.totaal).toFixed(0)} %`,
    },
    {
      meting: `pagefind: extra bytes 2e zoekvraag ("${ZOEKVRAGEN[1]}")`,
      waarde: kB(m.tweede),
      basislijn,
      verhouding: `${((100 * m.tweede) / m.totaal).toFixed(0)} %`,
    },
  ];
}

/**
 * Maps (issue "A map that draws without JavaScript"): Lighthouse mobile performance and total
 * blocking time of /kaart/ beside a wijk page in the same run (scripts/bench/lighthouse.ts).
 */
async function lighthouseRijen(): Promise<Rij[]> {
  const { PAGINAS, meetLighthouse } = await import('./lighthouse.ts');
  const m = await meetLighthouse();
  if (!m) {
    return [{ meting: 'Lighthouse mobiel /kaart/', waarde: 'n.v.t.', basislijn: 'geen Chromium', verhouding: '-' }];
  }
  const ms = (x: number): string => `${Math.round(x)} ms`;
  return [
    {
      meting: `Lighthouse mobiel ${PAGINAS.kaart}: prestatie`,
      waarde: String(m.kaart.prestatie),
      basislijn: `${m.wijk.prestatie} (${PAGINAS.wijk})`,
      verhouding: `${(m.kaart.prestatie / m.wijk.prestatie).toFixed(2)}×`,
    },
    {
      meting: `Lighthouse mobiel ${PAGINAS.kaart}: total blocking time`,
      waarde: ms(m.kaart.tbt),
      basislijn: `${ms(m.wijk.tbt)} (${PAGINAS.wijk})`,
      verhouding: m.wijk.tbt > 0 ? `${(m.kaart.tbt / m.wijk.tbt).toFixed(1)}×` : `+${ms(m.kaart.tbt - m.wijk.tbt)}`,
    },
  ];
}

/** Sign-up latency at 20 concurrent requests beside a handler that only parses the body (issue 4). */
async function aanmeldRijen(): Promise<Rij[]> {
  const { pgBinMap } = await import('../../tests/support/postgres.ts');
  if (!process.env['DATABASE_URL'] && !pgBinMap()) {
    return [
      {
        meting: 'aanmelding p50/p95',
        waarde: 'n.v.t.',
        basislijn: 'geen PostgreSQL (DATABASE_URL of Debian-pakket)',
        verhouding: '-',
      },
    ];
  }
  const { GELIJKTIJDIG, meetAanmelden } = await import('./aanmelden.ts');
  const { basis, echt } = await meetAanmelden();
  const ms = (x: number): string => `${x.toFixed(1)} ms`;
  return (['p50', 'p95'] as const).map((p) => ({
    meting: `aanmelding ${p}, ${GELIJKTIJDIG} tegelijk (PostgreSQL)`,
    waarde: ms(echt[p]),
    basislijn: `${ms(basis[p])} (handler die alleen de body leest)`,
    verhouding: `${(echt[p] / basis[p]).toFixed(0)}×`,
  }));
}

/** E-mail alerts: one sending run for 5,000 addresses × 3 subscriptions over 200 items beside only reading them. */
async function volgRijen(): Promise<Rij[]> {
  const { pgBinMap } = await import('../../tests/support/postgres.ts');
  if (!pgBinMap()) {
    return [
      {
        meting: 'e-mailattenderingen',
        waarde: 'n.v.t.',
        basislijn: 'geen PostgreSQL (Debian-pakket)',
        verhouding: '-',
      },
    ];
  }
  const { ADRESSEN, meetVolgen } = await import('./volgen.ts');
  const m = await meetVolgen();
  return [
    {
      meting: `e-mailrun: ${ADRESSEN} adressen × 3 = ${m.volgingen} volgingen, ${m.items} items (PostgreSQL)`,
      waarde: `${m.runSeconden.toFixed(2)} s, ${m.mails} e-mails`,
      basislijn: `${m.leesSeconden.toFixed(2)} s (alleen de volgingen lezen)`,
      verhouding: `${(m.runSeconden / m.leesSeconden).toFixed(0)}×`,
    },
  ];
}

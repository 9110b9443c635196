/**
 * Cross-references between content files, checked at build time. A wrong reference or an
 * impossible date stops the build with a message that names the file and the field.
 * Pure: takes the parsed entries, returns the problems. src/lib/content.ts throws on them.
 */
import { actuelePunten, euro, kostenJaar, type Actielijst } from './actie.ts';
import { instellingen } from './instellingen.ts';
import type { Avond, Bericht, Enquete, Project, Wijk } from './schemas.ts';
import type { Straat } from './straat.ts';
import { isoDatum } from './tijd.ts';
import { normaliseer } from './straatnaam.ts';

export interface Bestand<T> {
  id: string;
  /** Path of the source file, for the message. */
  bestand: string;
  data: T;
}

export interface InhoudSet {
  wijken: Bestand<Wijk>[];
  projecten: Bestand<Project>[];
  avonden: Bestand<Avond>[];
  enquetes: Bestand<Enquete>[];
  /** The street index (content/straten.json), one Bestand per street, in file order. */
  straten?: Bestand<Straat>[];
  /** Progress updates (content/berichten/). */
  berichten?: Bestand<Bericht>[];
  /** The actielijsten (content/acties/). */
  acties?: Bestand<Actielijst>[];
}

/** The werkbudget rule the check applies (default: src/domain/instellingen.ts). */
export interface BudgetRegel {
  werkbudgetEuro: number;
  werkbudgetPer: 'wijk' | 'gemeente';
}

export interface Probleem {
  bestand: string;
  veld: string;
  melding: string;
}

export function controleerInhoud(inhoud: InhoudSet, budgetRegel: BudgetRegel = instellingen): Probleem[] {
  const problemen: Probleem[] = [];
  const meld = (bestand: string, veld: string, melding: string): void => {
    problemen.push({ bestand, veld, melding });
  };
  const wijkIds = new Set(inhoud.wijken.map((w) => w.id));
  const avondIds = new Set(inhoud.avonden.map((a) => a.id));
  const projecten = new Map(inhoud.projecten.map((p) => [p.id, p.data]));
  const bekend = (soort: string, ids: Iterable<string>): string => `${soort}: ${[...ids].sort().join(', ')}`;

  for (const w of inhoud.wijken) {
    if (w.data.slug !== w.id)
      meld(w.bestand, 'slug', `"${w.data.slug}" is al in gebruik of wijkt af van de id "${w.id}".`);
    w.data.gesprekken.forEach((g, i) => {
      if (g.avond && !avondIds.has(g.avond)) {
        meld(
          w.bestand,
          `gesprekken[${i}].avond`,
          `Avond "${g.avond}" bestaat niet. Bekende ${bekend('avonden', avondIds)}`,
        );
      }
    });
  }

  // An open point's id is unique across all projects: the content editor (CMS) offers a new
  // avond or survey question the open points of every project until a project is chosen.
  const openPunten = new Map<string, string>();
  for (const p of inhoud.projecten) {
    p.data.invloed.open.forEach((punt, i) => {
      const ander = openPunten.get(punt.id);
      if (ander)
        meld(
          p.bestand,
          `invloed.open[${i}].id`,
          `Open punt "${punt.id}" bestaat al bij project "${ander}". Kies een id die nog niet voorkomt, bijvoorbeeld "${punt.id}-${p.id.split('-').at(-1) ?? p.id}".`,
        );
      else openPunten.set(punt.id, p.id);
    });
  }

  for (const p of inhoud.projecten) {
    p.data.wijken.forEach((wijk, i) => {
      if (!wijkIds.has(wijk))
        meld(p.bestand, `wijken[${i}]`, `Wijk "${wijk}" bestaat niet. Bekende ${bekend('wijken', wijkIds)}`);
    });
    p.data.fasen.forEach((f, i) => {
      if (f.eind.getTime() < f.start.getTime()) {
        meld(
          p.bestand,
          `fasen[${i}].eind`,
          `Fase "${f.naam}" eindigt (${isoDatum(f.eind)}) voordat hij begint (${isoDatum(f.start)}).`,
        );
      }
    });
  }

  for (const a of inhoud.avonden) {
    const project = projecten.get(a.data.project);
    if (!project) {
      meld(
        a.bestand,
        'project',
        `Project "${a.data.project}" bestaat niet. Bekende ${bekend('projecten', projecten.keys())}`,
      );
    } else {
      a.data.onderwerpen.forEach((o, i) => controleerOnderwerp(project, o, a.bestand, `onderwerpen[${i}]`, meld));
    }
    if (a.data.eind.moment <= a.data.start.moment) meld(a.bestand, 'eind', 'De avond eindigt voordat hij begint.');
    if (a.data.aanmelding.sluit.moment <= a.data.aanmelding.opent.moment) {
      meld(a.bestand, 'aanmelding.sluit', 'De aanmelding sluit voordat hij opent.');
    }
    if (a.data.aanmelding.sluit.moment > a.data.start.moment) {
      meld(a.bestand, 'aanmelding.sluit', 'De aanmelding sluit pas na het begin van de avond.');
    }
  }

  for (const e of inhoud.enquetes) {
    const project = projecten.get(e.data.project);
    if (!project) {
      meld(
        e.bestand,
        'project',
        `Project "${e.data.project}" bestaat niet. Bekende ${bekend('projecten', projecten.keys())}`,
      );
    } else {
      e.data.vragen.forEach((v, i) =>
        controleerOnderwerp(project, v.onderwerp, e.bestand, `vragen[${i}].onderwerp`, meld),
      );
    }
    e.data.wijken.forEach((wijk, i) => {
      if (!wijkIds.has(wijk))
        meld(e.bestand, `wijken[${i}]`, `Wijk "${wijk}" bestaat niet. Bekende ${bekend('wijken', wijkIds)}`);
    });
    if (e.data.sluit.moment <= e.data.opent.moment) meld(e.bestand, 'sluit', 'De enquête sluit voordat hij opent.');
  }

  const straatNamen = new Set((inhoud.straten ?? []).map((s) => normaliseer(s.data.naam)));
  for (const b of inhoud.berichten ?? []) {
    b.data.projecten.forEach((p, i) => {
      if (!projecten.has(p))
        meld(
          b.bestand,
          `projecten[${i}]`,
          `Project "${p}" bestaat niet. Bekende ${bekend('projecten', projecten.keys())}`,
        );
    });
    b.data.wijken?.forEach((wijk, i) => {
      if (!wijkIds.has(wijk))
        meld(b.bestand, `wijken[${i}]`, `Wijk "${wijk}" bestaat niet. Bekende ${bekend('wijken', wijkIds)}`);
    });
    // Streets are checked against the street index when there is one (the integrity tests of other
    // collections may leave it out).
    if (inhoud.straten) {
      b.data.straten?.forEach((naam, i) => {
        if (!straatNamen.has(normaliseer(naam)))
          meld(
            b.bestand,
            `straten[${i}]`,
            `Straat "${naam}" staat niet in de stratenlijst (content/straten.json). Schrijf de naam zoals daar.`,
          );
      });
    }
    const { van, tot } = b.data;
    if (van && tot && tot.eind.getTime() < van.begin.getTime())
      meld(b.bestand, 'tot', `De hinder eindigt (${tot.lokaal}) voordat hij begint (${van.lokaal}).`);
  }
  controleerActies(inhoud, budgetRegel, meld, bekend);

  (inhoud.straten ?? []).forEach((s, i) => {
    if (!wijkIds.has(s.data.wijk)) {
      meld(
        s.bestand,
        `[${i}].wijk`,
        `Wijk "${s.data.wijk}" van straat "${s.data.naam}" bestaat niet. Bekende ${bekend('wijken', wijkIds)}`,
      );
    }
  });
  return problemen;
}

type Meld = (bestand: string, veld: string, melding: string) => void;

/**
 * Actielijsten: references (wijk, street, project, bericht), `niet` needs a reason and `klaar` a
 * date, ids are unique per list, a wijk does not record the same occasion again under
 * `gesprekken`, and the points of a year do not spend more than the werkbudget.
 */
function controleerActies(
  inhoud: InhoudSet,
  regel: BudgetRegel,
  meld: Meld,
  bekend: (soort: string, ids: Iterable<string>) => string,
): void {
  const acties = inhoud.acties ?? [];
  const wijkIds = new Set(inhoud.wijken.map((w) => w.id));
  const projectIds = new Set(inhoud.projecten.map((p) => p.id));
  const straatIds = inhoud.straten ? new Set(inhoud.straten.map((s) => s.id)) : undefined;
  const berichtIds = inhoud.berichten ? new Set(inhoud.berichten.map((b) => b.id)) : undefined;
  for (const l of acties) {
    if (!wijkIds.has(l.data.wijk))
      meld(l.bestand, 'wijk', `Wijk "${l.data.wijk}" bestaat niet. Bekende ${bekend('wijken', wijkIds)}`);
    const ids = l.data.punten.map((p) => p.id);
    l.data.punten.forEach((p, i) => {
      const veld = `punten[${i}]`;
      if (ids.indexOf(p.id) !== i)
        meld(l.bestand, `${veld}.id`, `Punt-id "${p.id}" komt twee keer voor in deze lijst.`);
      if (p.status === 'niet' && !p.reden)
        meld(l.bestand, `${veld}.reden`, `Punt "${p.id}" staat op "niet": schrijf in gewone taal waarom niet.`);
      if (p.status === 'klaar' && !p.klaar)
        meld(l.bestand, `${veld}.klaar`, `Punt "${p.id}" staat op "klaar": vul de datum in waarop het klaar was.`);
      if (p.straat && straatIds && !straatIds.has(p.straat))
        meld(l.bestand, `${veld}.straat`, `Straat "${p.straat}" bestaat niet in content/straten.json.`);
      if (p.project && !projectIds.has(p.project))
        meld(
          l.bestand,
          `${veld}.project`,
          `Project "${p.project}" bestaat niet. Bekende ${bekend('projecten', projectIds)}`,
        );
      if (p.bericht && berichtIds && !berichtIds.has(p.bericht))
        meld(l.bestand, `${veld}.bericht`, `Bericht "${p.bericht}" bestaat niet.`);
    });
  }

  for (const w of inhoud.wijken) {
    w.data.gesprekken.forEach((g, i) => {
      const dubbel = acties.find(
        (l) =>
          l.data.wijk === w.id &&
          l.data.gelegenheid.vorm === g.vorm &&
          l.data.gelegenheid.datum.getTime() === g.datum.getTime(),
      );
      if (dubbel)
        meld(
          w.bestand,
          `gesprekken[${i}]`,
          `Deze ${g.vorm} staat al als actielijst in ${dubbel.bestand} en telt daarmee al als gesprek: haal hem hier weg.`,
        );
    });
  }

  // The werkbudget: current state of every point, summed per year (and per wijk when per wijk).
  const lijsten = acties.map((l) => ({ id: l.id, data: l.data }));
  const bestandVan = new Map(acties.map((l) => [l.id, l]));
  const potten = new Map<string, { som: number; laatste?: { bestand: string; veld: string } }>();
  for (const p of actuelePunten(lijsten).reverse()) {
    const jaar = kostenJaar(p);
    if (jaar === undefined) continue;
    const sleutel = regel.werkbudgetPer === 'wijk' ? `${jaar}/${p.wijk}` : `${jaar}`;
    const pot = potten.get(sleutel) ?? { som: 0 };
    pot.som += p.kosten ?? 0;
    const l = bestandVan.get(p.lijst);
    if (l && pot.som > regel.werkbudgetEuro && !pot.laatste)
      pot.laatste = { bestand: l.bestand, veld: `punten[${l.data.punten.findIndex((x) => x.id === p.id)}].kosten` };
    potten.set(sleutel, pot);
  }
  for (const [sleutel, pot] of potten) {
    if (!pot.laatste) continue;
    const [jaar, wijk] = sleutel.split('/');
    const voor = wijk ? `wijk "${wijk}"` : 'alle wijken samen';
    meld(
      pot.laatste.bestand,
      pot.laatste.veld,
      `Het werkbudget van ${jaar} voor ${voor} is ${euro(regel.werkbudgetEuro)}, maar de punten kosten samen ${euro(pot.som)} (${euro(pot.som - regel.werkbudgetEuro)} te veel).`,
    );
  }
}

/** An avond or a survey question may only be about an open point of the project's kader. */
function controleerOnderwerp(
  project: Project,
  onderwerp: string,
  bestand: string,
  veld: string,
  meld: (bestand: string, veld: string, melding: string) => void,
): void {
  if (project.invloed.open.some((p) => p.id === onderwerp)) return;
  // With their texts: editors in the CMS choose open points by text, never see the ids.
  const open = project.invloed.open.map((p) => `${p.id} ("${p.tekst}")`).join(', ') || '(geen)';
  if (project.invloed.vast.some((p) => p.id === onderwerp)) {
    meld(
      bestand,
      veld,
      `"${onderwerp}" ligt vast in het kader van project "${project.slug}": daarover kunt u bewoners niets vragen. Open punten: ${open}`,
    );
  } else {
    meld(bestand, veld, `"${onderwerp}" is geen open punt van project "${project.slug}". Open punten: ${open}`);
  }
}

export function formatteerProblemen(problemen: Probleem[]): string {
  return [
    `De inhoud klopt niet (${problemen.length} ${problemen.length === 1 ? 'probleem' : 'problemen'}):`,
    ...problemen.map((p) => `  - ${p.bestand} → ${p.veld}: ${p.melding}`),
  ].join('\n');
}

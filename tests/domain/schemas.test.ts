import { describe, expect, it } from 'vitest';
import { avondSchema, contactSchema, enqueteSchema, projectSchema, wijkSchema } from '../../src/domain/schemas.ts';
import { voorbeeldAvond, voorbeeldEnquete, voorbeeldProject, voorbeeldWijk } from './voorbeelden.ts';

const meldingen = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (r.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('the example inputs are valid', () => {
  it.each([
    ['wijk', wijkSchema, voorbeeldWijk()],
    ['project', projectSchema, voorbeeldProject()],
    ['avond', avondSchema, voorbeeldAvond()],
    ['enquete', enqueteSchema, voorbeeldEnquete()],
  ] as const)('%s', (_naam, schema, invoer) => {
    const r = schema.safeParse(invoer);
    expect(meldingen(r)).toEqual([]);
  });
});

describe('influence card: never promise more than the note allows', () => {
  it('refuses rungs above adviseren', () => {
    const p = voorbeeldProject();
    p.invloed.trede = 'meebeslissen';
    expect(meldingen(projectSchema.safeParse(p)).join()).toMatch(/invloed.trede: Voorschoten werkt op de treden/);
  });

  it('refuses open points when the rung is informeren', () => {
    const p = voorbeeldProject();
    p.invloed.trede = 'informeren';
    expect(meldingen(projectSchema.safeParse(p))).toEqual([
      expect.stringMatching(/^invloed.open: Bij de trede "informeren"/),
    ]);
  });

  it('requires an open point when residents are consulted', () => {
    const p = voorbeeldProject();
    p.invloed.open = [];
    expect(meldingen(projectSchema.safeParse(p))).toEqual([
      expect.stringMatching(/^invloed.open: Bij de trede "raadplegen"/),
    ]);
  });

  it('requires at least one fixed point', () => {
    const p = voorbeeldProject();
    p.invloed.vast = [];
    expect(meldingen(projectSchema.safeParse(p)).join()).toMatch(/invloed.vast: Noem minstens één punt/);
  });
});

describe('geometry', () => {
  it('refuses coordinates far from Voorschoten (e.g. lat/lon swapped)', () => {
    const p = voorbeeldProject();
    p.geometrie = {
      type: 'LineString',
      coordinates: [
        [52.13, 4.44],
        [52.131, 4.445],
      ],
    };
    expect(meldingen(projectSchema.safeParse(p)).join()).toMatch(/niet bij Voorschoten/);
  });
});

describe('times', () => {
  it('turns a quoted local time into the right instant', () => {
    const r = avondSchema.parse(voorbeeldAvond());
    expect(r.start.lokaal).toBe('2027-03-11T19:30');
    expect(r.start.moment.toISOString()).toBe('2027-03-11T18:30:00.000Z');
  });

  it('refuses an unquoted YAML timestamp (which YAML reads as UTC)', () => {
    const a = { ...voorbeeldAvond(), start: new Date('2027-03-11T19:30:00Z') };
    expect(meldingen(avondSchema.safeParse(a)).join()).toMatch(
      /start: Schrijf een tijd als "JJJJ-MM-DDTUU:MM" tussen aanhalingstekens/,
    );
  });
});

describe('wijk', () => {
  it('requires every kerncijfer category of bijlage C', () => {
    const w = voorbeeldWijk() as Record<string, unknown> & { kerncijfers: Record<string, unknown> };
    delete w.kerncijfers['socialeCohesie'];
    expect(meldingen(wijkSchema.safeParse(w)).join()).toMatch(/kerncijfers.socialeCohesie/);
  });
  it('only knows the four postcode areas', () => {
    const w = { ...voorbeeldWijk(), postcodegebied: { code: '2255', bron: 'voorbeeld' } };
    expect(meldingen(wijkSchema.safeParse(w)).join()).toMatch(/postcodegebied.code/);
  });
});

describe('unknown keys', () => {
  it('refuses a misspelt or stray key instead of silently dropping it', () => {
    const p = { ...voorbeeldProject(), samenvating: 'typo' };
    expect(meldingen(projectSchema.safeParse(p)).join()).toMatch(/samenvating/);
    // YAML flow maps cut "a, b" at the comma and leave " b" as an empty key:
    const w = voorbeeldWijk();
    const gesprek = { ...w.gesprekken[0]!, ' wijkagent en groen': null };
    expect(wijkSchema.safeParse({ ...w, gesprekken: [gesprek] }).success).toBe(false);
  });
});

describe('contact e-mail', () => {
  const contact = { rol: 'opbouwwerker', organisatie: 'Gemeente Voorschoten', bron: 'voorbeeld' };
  it('reads an address the way sign-ups do: trimmed, an internationalised domain in ASCII, garbage refused', () => {
    expect(contactSchema.parse({ ...contact, email: ' Wijk@Café-Voorbeeld.nl ' }).email).toBe(
      'wijk@xn--caf-voorbeeld-dhb.nl',
    );
    expect(contactSchema.safeParse({ ...contact, email: 'wijk@voorbeeld.nl/x' }).success).toBe(false);
  });
});

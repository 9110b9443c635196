import { describe, expect, it } from 'vitest';
import { contactroutes, telefoonUri } from '../../src/domain/contactroutes.ts';
import { contactSchema } from '../../src/domain/schemas.ts';

describe('telefoonUri', () => {
  it('writes Dutch numbers in E.164', () => {
    expect(telefoonUri('071 560 06 00')).toBe('tel:+31715600600');
    expect(telefoonUri('(071) 560-0600')).toBe('tel:+31715600600');
    expect(telefoonUri('0900-8844')).toBe('tel:+319008844');
    expect(telefoonUri('06 12 34 56 78')).toBe('tel:+31612345678');
    expect(telefoonUri('+31 71 560 06 00')).toBe('tel:+31715600600');
  });

  it('keeps the municipal short number 14 0xx as it is: it has no E.164 form', () => {
    expect(telefoonUri('14 071')).toBe('tel:14071');
  });

  it('refuses what is not a phone number', () => {
    expect(() => telefoonUri('bel ons')).toThrow('Geen telefoonnummer');
    expect(() => telefoonUri('12')).toThrow();
  });

  it('the content schema refuses a contact whose phone number cannot be dialled', () => {
    const contact = { rol: 'wijkagent', organisatie: 'Politie', bron: 'voorbeeld' } as const;
    expect(contactSchema.safeParse({ ...contact, telefoon: '0900-8844' }).success).toBe(true);
    const fout = contactSchema.safeParse({ ...contact, telefoon: 'bel de balie' });
    expect(fout.error?.issues[0]?.message).toMatch(/^Geen telefoonnummer/);
  });

  it('every contact route has a way to reach it, and its number converts', () => {
    for (const r of contactroutes) {
      expect(r.telefoon ?? r.email, r.id).toBeTruthy();
      if (r.telefoon) expect(telefoonUri(r.telefoon)).toMatch(/^tel:/);
    }
  });
});

import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { ongebruikteTokens } from '../../src/lib/postcss-ongebruikte-tokens.ts';

function verwerk(css: string, behouden?: RegExp[]): string {
  return postcss([ongebruikteTokens(behouden ? { behouden } : {})]).process(css, { from: undefined }).css;
}

describe('ongebruikteTokens', () => {
  it('drops a token that nothing reads and keeps one that is read', () => {
    const uit = verwerk(':root{--gebruikt:red;--ongebruikt:blue}a{color:var(--gebruikt)}');
    expect(uit).toContain('--gebruikt:red');
    expect(uit).not.toContain('--ongebruikt');
  });

  it('keeps tokens read only as a nested fallback', () => {
    const uit = verwerk(':root{--a:1px;--b:2px}a{border-width:var(--x, var(--y,var(--b)))}');
    expect(uit).toContain('--b:2px');
    expect(uit).not.toContain('--a:1px');
  });

  it('removes chains: a token read only by an unused token goes too', () => {
    const uit = verwerk(':root{--kleur:red;--knop-kleur:var(--kleur)}a{color:blue}');
    expect(uit).not.toContain('--kleur');
    expect(uit).not.toContain('--knop-kleur');
  });

  it('keeps a token read by a used token, and removes rules left empty', () => {
    const uit = verwerk('.t{--kleur:red}.leeg{--weg:1}.k{--knop:var(--kleur)}a{color:var(--knop)}');
    expect(uit).toContain('--kleur:red');
    expect(uit).not.toContain('.leeg');
  });

  it('keeps tokens read inside at-rule parameters and tokens on the keep list', () => {
    const uit = verwerk(':root{--m:40em;--js:1}@container (min-width: var(--m)){a{color:red}}', [/^--js$/]);
    expect(uit).toContain('--m:40em');
    expect(uit).toContain('--js:1');
  });
});

/**
 * E-mail addresses that residents and editors type: one zod schema for every e-mail field
 * (sign-up form and function, content contacts). Pure, no Node modules: the sign-up script
 * bundles it for the browser.
 *
 * An internationalised domain ("anna@café-voorbeeld.nl") is accepted and stored in its ASCII
 * (punycode) form ("anna@xn--caf-voorbeeld-dhb.nl"), because our SMTP delivery does not ask for
 * SMTPUTF8 and double sign-ups are detected by comparing the stored address. Both spellings
 * therefore are the same address. The local part (before "@") must be ASCII.
 */
import { z } from 'zod';

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const stuurteken = /[\u0000-\u001f\u007f]/;

/** Characters that never belong in a domain we accept (they would change how a URL is read). */
const geenDomein = /[\s/\\?#@:[\]%<>"',;()]/;

/** An address in ASCII: zod's local part, domain labels of 1–63 letters, digits and hyphens, a letter or punycode top-level domain. */
const asciiAdres =
  /^(?!\.)(?!.*\.\.)[a-z0-9_'+.-]*[a-z0-9_+-]@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/**
 * The ASCII form of an e-mail address: trimmed, lower case, the domain through IDNA
 * (`new URL('http://' + domain).hostname`, the same in browsers and Node), so
 * "Anna@Café-Voorbeeld.NL" → "anna@xn--caf-voorbeeld-dhb.nl". Undefined when the text has no
 * "@" with something on both sides, or the domain cannot be a host name. Does not check the
 * rest of the address (see {@link emailSchema}).
 */
export function emailNaarAscii(adres: string): string | undefined {
  const tekst = adres.trim();
  const at = tekst.lastIndexOf('@');
  if (at <= 0 || at === tekst.length - 1) return undefined;
  const domein = tekst.slice(at + 1);
  if (geenDomein.test(domein) || stuurteken.test(domein)) return undefined;
  let host: string;
  try {
    host = new URL(`http://${domein}`).hostname;
  } catch {
    return undefined;
  }
  return `${tekst.slice(0, at).toLowerCase()}@${host}`;
}

/**
 * A required e-mail address: trimmed, refused when empty (`leeg`) or when it is not an address
 * (`fout`: control characters, several addresses, quotes, a non-ASCII local part, a domain that is
 * no host name), stored as {@link emailNaarAscii} writes it; at most 254 characters as typed and
 * in the stored form (`teLang`).
 */
export function emailSchema(leeg: string, fout: string, teLang = fout) {
  return z
    .string({ error: leeg })
    .transform((v) => v.trim())
    .pipe(z.string().min(1, leeg).max(254, teLang))
    .transform((v, ctx) => {
      const ascii = stuurteken.test(v) ? undefined : emailNaarAscii(v);
      if (ascii === undefined || !asciiAdres.test(ascii)) {
        ctx.addIssue({ code: 'custom', message: fout });
        return z.NEVER;
      }
      return ascii;
    })
    .pipe(z.string().max(254, teLang));
}

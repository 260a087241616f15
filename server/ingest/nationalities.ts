/**
 * The adjectives of a country, from its ISO 3166 code (i18n-nationality): "Greek", "Dutch" in
 * English; "grec", "grecque", "grecs", "grecques" in French, which inflects them for gender and
 * number. The gazetteer (./gazetteer.ts) reads them as adjectives naming the country, as it
 * reads "Moroccan".
 */
import nationality from 'i18n-nationality';

/** One word, without the territory some entries name in parentheses ("French (French Guiana)"). */
function adjective(entry: string | undefined): string | null {
  const word = entry?.replace(/\s*\(.*\)\s*$/, '').trim();
  return word && /^[\p{L}-]+$/u.test(word) ? word : null;
}

/** A French adjective's four forms: masculine and feminine, singular and plural. */
export function frenchForms(masculine: string): string[] {
  const m = masculine.toLowerCase();
  const feminine = m.endsWith('e') ? m : /(?:en|on)$/.test(m) ? `${m}ne` : m.endsWith('ec') ? `${m}que` : m.endsWith('el') ? `${m}le` : `${m}e`;
  const plural = (w: string) => (/[sx]$/.test(w) ? w : `${w}s`);
  return [...new Set([m, feminine, plural(m), plural(feminine)])];
}

export function nationalityAdjectives(iso2: string): { english: string[]; french: string[] } {
  const english = adjective(nationality.getName(iso2, 'en'));
  const french = adjective(nationality.getName(iso2, 'fr'));
  return { english: english ? [english] : [], french: french ? frenchForms(french) : [] };
}

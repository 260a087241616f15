/**
 * Other ways running text writes a name, derived from the name by rules of English word
 * formation, for the gazetteer (./gazetteer.ts). A report rarely writes "document rental"; it
 * writes "rental of documents", "the provision of documents", "paid upon arrival". Every form is
 * returned lower-cased; the gazetteer stems it as it stems the text (./normalised-text.ts), so a
 * form only needs to be right up to stems ("crossing" and "cross" are one).
 */

/**
 * Words that make a phrase rather than a compound name ("Smuggling by sea", "Italy to France"),
 * in English and French; nor are they what two conjuncts share (./coordinations.ts).
 */
export const FUNCTION_WORDS = new Set([
  'of', 'by', 'and', 'or', 'in', 'into', 'to', 'on', 'upon', 'for', 'with', 'without', 'from', 'at', 'per', 'as', 'such', 'than', 'then', 'via',
  'the', 'a', 'an', 'this', 'these', 'those', 'other', 'another', 'some', 'any', 'all', 'each', 'every', 'many', 'more', 'most', 'several', 'both', 'either', 'neither', 'that', 'which', 'who', 'whose', 'where', 'when', 'not', 'no', 'also', 'only', 'even',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'have', 'has', 'had', 'do', 'does', 'did', 'can', 'could', 'may', 'might', 'will', 'would', 'should', 'must',
  'they', 'them', 'it', 'he', 'she', 'we', 'you', 'i', 'there', 'their', 'its',
  'de', 'du', 'des', 'et', 'ou', 'en', 'au', 'aux', 'le', 'la', 'les', 'pour', 'par', 'sur', 'dans', 'avec', 'ne', 'pas', 'qui', 'que',
]);
/** Endings of adjectives: "Criminal analysis" is not an "analysis of criminal ...". */
const ADJECTIVE = /(?:al|ic|ive|ous|ful|less|able|ible|ary|ed)$/;
const MIN_REMAINDER_WORDS = 2;

export interface NameForm {
  surface: string;
  /** The entity the text must also name for this form to count (the owner a name leaves out). */
  requires?: string;
}

/**
 * "Document rental" is also "rental of documents", "DNA profile database" "database of DNA
 * profiles": compounds of two or three words, the last the head, the others lower case (or
 * acronyms), with no function word. Names of proper things ("East Africa") are left alone by
 * that rule: their second word is capitalised.
 */
export function inverted(name: string): string[] {
  const words = name.trim().split(/\s+/);
  if (words.length < 2 || words.length > 3) return [];
  if (words.some((w) => FUNCTION_WORDS.has(w.toLowerCase()) || !/^[\p{L}\p{N}-]+$/u.test(w))) return [];
  if (!words.slice(1).every((w) => /^\p{Ll}/u.test(w) || /^[\p{Lu}\p{N}]{2,}$/u.test(w))) return [];
  if (words.slice(0, -1).some((w) => ADJECTIVE.test(w.toLowerCase()))) return [];
  const head = words[words.length - 1]!;
  return [`${head} of ${words.slice(0, -1).join(' ')}`.toLowerCase()];
}

/**
 * An action or agent named by its noun, as a verb with its object: "crossing of the Channel" →
 * "crossing the Channel", "repayment of debts" → "repay debts", "rental of cars" → "rent cars"
 * (and "rented cars"), "payment on arrival" → "pay on arrival" (the text's "paid" is read as "pay"), "provider of documents" → "who provide
 * documents" (after a relative pronoun, so "forged documents" is not a "forger of documents").
 */
export function verbal(form: string): string[] {
  const f = form.toLowerCase();
  const out: string[] = [];
  const gerund = /^(\S+ing) of (.+)$/.exec(f);
  if (gerund) out.push(`${gerund[1]} ${gerund[2]}`);
  const ment = /^(\S{3,})ment(?: of)? (.+)$/.exec(f);
  if (ment) out.push(`${ment[1]} ${ment[2]}`);
  const al = /^(\S{3,})al of (.+)$/.exec(f);
  if (al) out.push(`${al[1]} ${al[2]}`);
  const agent = /^(\S{3,}e)rs? of (.+)$/.exec(f);
  if (agent) out.push(`who ${agent[1]} ${agent[2]}`, `that ${agent[1]} ${agent[2]}`);
  return out;
}

/** A route "Italy to France" is also travel "between Italy and France". */
export function between(name: string): string[] {
  const m = /^(?:from\s+)?(.+?)\s+to\s+(.+)$/i.exec(name.trim());
  return m ? [`between ${m[1]} and ${m[2]}`.toLowerCase()] : [];
}

/**
 * A role named by an adjective in -t ("Corrupt official") is also named by the adjective's noun:
 * "the corruption of officials".
 */
export function nominalised(name: string): string[] {
  const m = /^(\p{L}+t)\s+(.+)$/u.exec(name.trim());
  return m && !FUNCTION_WORDS.has(m[2]!.split(/\s+/)[0]!.toLowerCase()) ? [`${m[1]}ion of ${m[2]}`.toLowerCase()] : [];
}

/**
 * A name that starts with its owner's name ("INTERPOL forensic databases") is also written
 * without it ("our forensic databases") in a text that names the owner; the rest must be at
 * least two words, and not a phrase ("INTERPOL and Europol take steps ...").
 */
export function ownerless(name: string, owners: Owners, self: string): NameForm[] {
  const out: NameForm[] = [];
  const first = /^[^\s']+/.exec(name.trim())?.[0] ?? '';
  for (const { owner, id } of owners.get(first) ?? []) {
    if (id === self || !name.startsWith(owner)) continue;
    const m = /^(?:'s|’s)?\s+(.+)$/.exec(name.slice(owner.length).trimEnd());
    if (!m) continue;
    const words = m[1]!.split(/\s+/);
    if (words.length < MIN_REMAINDER_WORDS || FUNCTION_WORDS.has(words[0]!.toLowerCase()) || !/^[\p{L}\p{N}]/u.test(words[0]!)) continue;
    out.push({ surface: m[1]!, requires: id });
  }
  return out;
}

/** Names that can own another name, by their first word (a name is only tried against the owners it starts like). */
export type Owners = Map<string, { owner: string; id: string }[]>;

export function ownersOf(names: { name: string; id: string }[]): Owners {
  const owners: Owners = new Map();
  for (const { name, id } of names) {
    const owner = name.trim();
    const first = /^[^\s']+/.exec(owner)?.[0];
    if (first) owners.set(first, [...(owners.get(first) ?? []), { owner, id }]);
  }
  return owners;
}

/** Every other form of one written name of an entity of this kind. */
export function nameVariants(name: string, kind: string, owners: Owners, self: string): NameForm[] {
  const bases: NameForm[] = [{ surface: name }, ...(kind === 'Location' ? [] : ownerless(name, owners, self))];
  const out: NameForm[] = [];
  for (const base of bases) {
    const forms = [...inverted(base.surface)];
    for (const f of [base.surface, ...forms]) forms.push(...verbal(f));
    if (kind === 'Route') forms.push(...between(base.surface));
    if (kind === 'NetworkRole') forms.push(...nominalised(base.surface));
    if (base.requires) out.push(base);
    for (const surface of forms) out.push({ surface, ...(base.requires ? { requires: base.requires } : {}) });
  }
  const seen = new Set<string>([name.toLowerCase()]);
  return out.filter((f) => !seen.has(f.surface.toLowerCase()) && seen.add(f.surface.toLowerCase()));
}

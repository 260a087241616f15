/**
 * The duplicate queue's scoring: which pairs of entities of one kind may be one, how sure that
 * is (a score from 0 to 1) and why, in plain words. Pure: the caller reads the entities, the
 * identifiers they share, the judgements and the resolved groups.
 *
 * - A name of one that is the name of the other, once folded and transliterated
 *   (name-similarity.ts), scores 1, or 0.95 when it is an alias of one and 0.8 an alias of both;
 *   an acronym of the other's name 0.9; names within a few edits (in their written order, with
 *   the same numbers and the same words of direction or rank) score their similarity when it is
 *   at least NAME_THRESHOLD.
 * - A shared identifier (a document, an account) proposes the pair whatever their names, and
 *   adds to the score of a pair with similar names.
 * - Pairs are compared within blocks (entities sharing a name word, or the starts of two name
 *   words), so the queue over tens of thousands of people does not compare every pair; a block
 *   larger than MAX_BLOCK (a common surname alone) is left out, its pairs still met through the
 *   two-word blocks.
 * - A name more than MAX_NAMESAKES entities of a kind share, or an alias (a nickname) more than
 *   the two share, is no sign; nor is an identifier many use.
 * - A pair judged "not the same", or any pair of their resolved groups, is never proposed: if
 *   A was resolved into B and B is not C, A (now B) and C are not proposed either.
 */
import { acronymOf, keySimilarity, nameKey, nameWords } from './name-similarity.ts';

export interface PoolEntity {
  id: string;
  kind: string;
  name: string;
  aliases: readonly string[];
  marking: string;
}

export interface SharedIdentifier {
  type: string;
  value: string;
  kind: string;
  users: readonly string[];
}

export interface Judgement {
  a: string;
  b: string;
  verdict: string;
}

export interface ScoredPair {
  a: PoolEntity;
  b: PoolEntity;
  score: number;
  reasons: string[];
  /** 'unsure' when an analyst said so; null when nobody has judged the pair. */
  verdict: 'unsure' | null;
}

export const NAME_THRESHOLD = 0.85;
const ACRONYM_SCORE = 0.9;
/** A shared identifier alone proposes a pair at this score, rising with the names' similarity. */
const IDENTIFIER_BASE = 0.6;
const IDENTIFIER_BONUS = 0.1;
export const MAX_BLOCK = 60;
/** A name held by more entities of a kind than this is common: sharing it says nothing. */
export const MAX_NAMESAKES = 5;
/** Keys shorter than this match only exactly: "Ali" and "Aly" are not alike enough to say. */
const MIN_FUZZY_KEY = 6;

/** The two ids of a pair in a stable order, as judgements record them. */
export const pairKey = (a: string, b: string): string => (a < b ? `${a} ${b}` : `${b} ${a}`);

interface NameKey {
  key: string;
  /** The words in their written order: typos are looked for here, so "Migrant smuggler" is not "Smuggled migrant". */
  ordered: string;
  text: string;
  /** The entity's own name, not an alias. */
  primary: boolean;
}

interface Names {
  entity: PoolEntity;
  /** Keys of the name and of every alias, with the text they came from. */
  keys: NameKey[];
  acronym: string;
}

function namesOf(entity: PoolEntity): Names {
  const keys = new Map<string, NameKey>();
  [entity.name, ...entity.aliases].forEach((text, i) => {
    const key = nameKey(text);
    if (key && !keys.has(key)) keys.set(key, { key, ordered: nameWords(text).join(' '), text, primary: i === 0 });
  });
  return { entity, keys: [...keys.values()], acronym: acronymOf(nameWords(entity.name)) };
}

/** An alias both share, neither's own name ("Large vessel" of a cargo ship and a fishing boat): a weaker sign. */
const SHARED_ALIAS_SCORE = 0.8;
const NAME_ALIAS_SCORE = 0.95;

/**
 * Words that tell two otherwise alike names apart ("North Africa", "South Africa"; "First Forum",
 * "Second Forum"): names whose sets of these differ are not taken for typos of each other.
 */
const DISTINGUISHING = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower',
  'nord', 'sud', 'est', 'ouest', 'first', 'second', 'third', 'new', 'old', 'greater', 'ii', 'iii', 'iv',
  'premier', 'premiere', 'deuxieme', 'inner', 'outer', 'junior', 'senior', 'jr', 'sr',
]);
const distinguishing = (key: string) => key.split(' ').filter((w) => DISTINGUISHING.has(w)).join(' ');

/** The blocks an entity falls in: each name word of 4+ letters, and each pair of word starts. */
function blockKeys(names: Names): string[] {
  const blocks = new Set<string>();
  for (const { key } of names.keys) {
    const words = key.split(' ').slice(0, 5);
    for (const w of words) if (w.length >= 4) blocks.add(`${names.entity.kind}|${w}`);
    for (let i = 0; i < words.length; i++) {
      for (let j = i + 1; j < words.length; j++) blocks.add(`${names.entity.kind}|${words[i]!.slice(0, 3)}|${words[j]!.slice(0, 3)}`);
    }
  }
  return [...blocks];
}

/** The numbers in a key: "Hotspot 3" and "Hotspot 4", "Team 2019" and "Team 2020" are other things, however alike. */
const numbersOf = (key: string) => (key.match(/\d+/g) ?? []).join(' ');

/** The names' score and reason, or null when the names say nothing. */
function nameMatch(x: Names, y: Names, isCommon: (kind: string, key: string, aliasOnly: boolean) => boolean): { score: number; reason: string } | null {
  let best: { score: number; reason: string } | null = null;
  const consider = (score: number, reason: string) => {
    if (!best || score > best.score) best = { score, reason };
  };
  for (const a of x.keys) {
    for (const b of y.keys) {
      if (a.key === b.key) {
        if (isCommon(x.entity.kind, a.key, !a.primary && !b.primary)) continue;
        if (a.primary && b.primary) consider(1, a.text === b.text ? `same name "${a.text}"` : `"${a.text}" and "${b.text}" are the same name`);
        else if (a.primary) consider(NAME_ALIAS_SCORE, `"${y.entity.name}" is also called "${b.text}"`);
        else if (b.primary) consider(NAME_ALIAS_SCORE, `"${x.entity.name}" is also called "${a.text}"`);
        else consider(SHARED_ALIAS_SCORE, `both are also called "${a.text}"`);
      } else if (a.key.length >= MIN_FUZZY_KEY && b.key.length >= MIN_FUZZY_KEY && numbersOf(a.key) === numbersOf(b.key) && distinguishing(a.key) === distinguishing(b.key)) {
        // Lengths too far apart cannot be within the threshold: no edit distance to compute.
        if (Math.abs(a.ordered.length - b.ordered.length) > (1 - NAME_THRESHOLD) * Math.max(a.ordered.length, b.ordered.length)) continue;
        const similarity = keySimilarity(a.ordered, b.ordered);
        if (similarity >= NAME_THRESHOLD) consider(similarity, `similar names "${a.text}" and "${b.text}"`);
      }
    }
  }
  for (const [one, other] of [[x, y], [y, x]] as const) {
    if (!other.acronym) continue;
    const hit = one.keys.find((k) => k.key === other.acronym);
    if (hit) consider(ACRONYM_SCORE, `"${hit.text}" is the acronym of "${other.entity.name}"`);
  }
  return best;
}

export interface ScoringInput {
  pool: readonly PoolEntity[];
  sharedIdentifiers: readonly SharedIdentifier[];
  judgements: readonly Judgement[];
  /** Resolved duplicate id → the entity it now is. */
  survivors: ReadonlyMap<string, string>;
  /** Only pairs with this entity (after following resolutions). */
  entityId?: string | null;
}

export function scoreDuplicates(input: ScoringInput): ScoredPair[] {
  const byId = new Map(input.pool.map((e) => [e.id, e]));
  const group = (id: string) => input.survivors.get(id) ?? id;
  const judged = new Map<string, string>();
  for (const j of input.judgements) judged.set(pairKey(group(j.a), group(j.b)), j.verdict);
  const only = input.entityId ? group(input.entityId) : null;

  const names = new Map<string, Names>();
  const namesFor = (e: PoolEntity) => names.get(e.id) ?? names.set(e.id, namesOf(e)).get(e.id)!;
  const pairs = new Map<string, { a: PoolEntity; b: PoolEntity; score: number; reasons: string[] }>();
  const wanted = (a: PoolEntity, b: PoolEntity) => a.id !== b.id && a.kind === b.kind && (!only || a.id === only || b.id === only) && judged.get(pairKey(a.id, b.id)) !== 'not-same';
  const propose = (a: PoolEntity, b: PoolEntity, score: number, reason: string) => {
    const key = pairKey(a.id, b.id);
    const [first, second] = a.id < b.id ? [a, b] : [b, a];
    const pair = pairs.get(key) ?? pairs.set(key, { a: first, b: second, score: 0, reasons: [] }).get(key)!;
    pair.score = Math.max(pair.score, score);
    if (!pair.reasons.includes(reason)) pair.reasons.push(reason);
  };

  const blocks = new Map<string, PoolEntity[]>();
  const exact = new Map<string, PoolEntity[]>();
  const add = (map: Map<string, PoolEntity[]>, key: string, entity: PoolEntity) => (map.get(key) ?? map.set(key, []).get(key)!).push(entity);
  for (const entity of input.pool) {
    const n = namesFor(entity);
    for (const block of blockKeys(n)) add(blocks, block, entity);
    // Exact keys and acronyms meet whatever the blocks' sizes.
    for (const key of new Set([...n.keys.map((k) => k.key), n.acronym].filter(Boolean))) add(exact, `${entity.kind}|${key}`, entity);
  }
  // A name or nickname many share ("Kou", "Ahmed Ali") tells none of them apart: it is no sign.
  const holders = (kind: string, key: string) => exact.get(`${kind}|${key}`)?.length ?? 0;
  const common = new Set([...exact].filter(([, members]) => members.length > MAX_NAMESAKES).map(([key]) => key));
  // An alias both have is a sign only when nobody else has it.
  const isCommon = (kind: string, key: string, aliasOnly: boolean) => holders(kind, key) > (aliasOnly ? 2 : MAX_NAMESAKES);
  const consider = (a: PoolEntity, b: PoolEntity) => {
    if (!wanted(a, b) || pairs.has(pairKey(a.id, b.id))) return;
    const match = nameMatch(namesFor(a), namesFor(b), isCommon);
    if (match) propose(a, b, match.score, match.reason);
  };
  const compare = (members: readonly PoolEntity[]) => {
    if (only) {
      // One entity's pairs: it against the others of its blocks, not every pair of them.
      const self = members.find((m) => m.id === only);
      if (self) for (const other of members) consider(self, other);
      return;
    }
    for (let i = 0; i < members.length; i++) for (let j = i + 1; j < members.length; j++) consider(members[i]!, members[j]!);
  };
  for (const [key, members] of exact) if (members.length > 1 && !common.has(key)) compare(members);
  for (const members of blocks.values()) if (members.length > 1 && members.length <= MAX_BLOCK) compare(members);

  for (const shared of input.sharedIdentifiers) {
    const users = shared.users.map((id) => byId.get(id)).filter((e): e is PoolEntity => e !== undefined);
    for (let i = 0; i < users.length; i++) {
      for (let j = i + 1; j < users.length; j++) {
        const [a, b] = [users[i]!, users[j]!];
        if (!wanted(a, b)) continue;
        const similarity = Math.max(0, ...namesFor(a).keys.flatMap((x) => namesFor(b).keys.map((y) => keySimilarity(x.key, y.key))));
        const existing = pairs.get(pairKey(a.id, b.id))?.score ?? 0;
        const score = Math.min(1, Math.max(IDENTIFIER_BASE + (1 - IDENTIFIER_BASE - IDENTIFIER_BONUS) * similarity, existing + IDENTIFIER_BONUS));
        propose(a, b, score, `both use the ${shared.type.replace(/-/g, ' ')} ${shared.value}`);
      }
    }
  }

  return [...pairs.entries()]
    .map(([key, p]) => ({ ...p, score: Math.round(p.score * 1000) / 1000, verdict: judged.get(key) === 'unsure' ? ('unsure' as const) : null }))
    .sort((x, y) => Number(x.verdict !== null) - Number(y.verdict !== null) || y.score - x.score || x.a.name.localeCompare(y.a.name) || x.a.id.localeCompare(y.a.id));
}

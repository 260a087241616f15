/**
 * A static check that a Cypher text applies the visibility rule (server/query/visibility.ts) to
 * everything it reads of the graph: `visibilityProblems(cypher)` lists what it finds wrong, and
 * an empty list means the query passed.
 *
 * The grammar is deliberately small, over Cypher text, not a full parser:
 *
 * 1. Comments (`//`, `/* *\/`) and string literals are blanked out (same length, so line numbers
 *    hold); backticks around names are dropped.
 * 2. A relationship pattern is a `[...]` with a `-` right before it and right after it
 *    (`-[r:T]->`, `<-[r]-`, `()-[r WHERE ...]-()`), or a bare `--`, `-->`, `<--` between two
 *    parenthesised groups. Its content is `var? (:TYPES)? (*range)? ({map})? (WHERE ...)?`.
 * 3. A node pattern is a `(...)` not preceded by a name or `$` (those are calls and dynamic
 *    labels) nor by CALL (a subquery's scope), whose content is `var? (:Labels | IS Labels)?
 *    ({map})? (WHERE ...)?`, and that is recognisably a pattern: it has labels, a property map
 *    or an inline WHERE, is empty `()`, touches a relationship, or follows MATCH, MERGE, CREATE,
 *    a path selector (ANY, ALL, SHORTEST k, GROUPS) or `p =`.
 * 4. A node pattern whose labels are all system labels (User, Credential, AuditEvent, SeedState),
 *    or whose variable only ever appears with such labels, is bookkeeping and skipped. Every
 *    other node pattern and every relationship pattern touches graph data: it needs a variable,
 *    and that variable must appear somewhere in the text in `var.marking IN $markings`, not
 *    negated (`NOT`) and not an alternative (`OR`/`XOR` right before or after it).
 * 5. Graph elements yielded by procedures (full-text queries, APOC path expansion) need the same
 *    predicate on the yielded variable; yielded lists need a filtering comprehension
 *    `[x IN list WHERE x.marking IN $markings ...]`; yielded paths are always reported.
 * 6. Evidence lists (`evidenceQuotes`, `evidenceSources`, every `evidence*` property except
 *    `evidenceMarkings`) may only be read inside the canonical evidence fragment: by default a
 *    line that also carries `evidenceMarkings` and `$markings`, or, when
 *    `allowedEvidenceFragments` is given, only inside a match of one of those strings or
 *    expressions. With `wholePropertyMaps`, `x {.*}` and `properties(x)` of a graph variable
 *    count as evidence reads too (they return the lists unfiltered).
 *
 * Known blind spots, on purpose: variables are not scoped (a predicate on `n` anywhere counts
 * for every `n`); a list bound by UNWIND or WITH is not traced to where it came from; functions
 * that turn ids back into nodes (`gds.util.asNode`) are trusted to return only what the query
 * projected; relationship patterns count as graph data even between two system nodes.
 */
import { SYSTEM_LABELS } from '../../server/domain/model.ts';

export interface VisibilityOptions {
  /** Labels of bookkeeping nodes, never graph data (default: the model's SYSTEM_LABELS). */
  systemLabels?: readonly string[];
  /** The parameter holding the viewer's markings (default `markings`). */
  markingsParam?: string;
  /** Where evidence lists may be read; absent: lines carrying `evidenceMarkings` and the marking parameter. */
  allowedEvidenceFragments?: readonly (string | RegExp)[];
  /** Also count whole property maps (`x {.*}`, `properties(x)`) of graph variables as evidence reads. */
  wholePropertyMaps?: boolean;
}

/** Procedures that yield graph elements, with the columns that hold them. */
export const GRAPH_YIELDING_PROCEDURES: Record<string, Record<string, 'element' | 'list' | 'path'>> = {
  'db.index.fulltext.queryNodes': { node: 'element' },
  'db.index.fulltext.queryRelationships': { relationship: 'element' },
  'db.index.vector.queryNodes': { node: 'element' },
  'apoc.path.subgraphAll': { nodes: 'list', relationships: 'list' },
  'apoc.path.subgraphNodes': { node: 'element' },
  'apoc.path.expand': { path: 'path' },
  'apoc.path.expandConfig': { path: 'path' },
  'apoc.path.spanningTree': { path: 'path' },
};

const IDENT = /[A-Za-z_][A-Za-z0-9_]*/y;
const KEYWORDS = new Set(['WHERE', 'IS', 'AND', 'OR', 'NOT', 'XOR', 'IN']);
const PATTERN_LEADS = new Set(['MATCH', 'MERGE', 'CREATE', 'ANY', 'ALL', 'SHORTEST', 'GROUPS', 'PATH', 'PATHS', '=']);

/** Blanks comments and string literals (keeping length and newlines) and drops backticks. */
export function stripCypher(text: string): string {
  let out = '';
  let i = 0;
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  while (i < text.length) {
    const c = text[i]!;
    const next = text[i + 1];
    if (c === '/' && next === '/') {
      const end = text.indexOf('\n', i);
      const stop = end === -1 ? text.length : end;
      out += blank(text.slice(i, stop));
      i = stop;
    } else if (c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end === -1 ? text.length : end + 2;
      out += blank(text.slice(i, stop));
      i = stop;
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      out += c + blank(text.slice(i + 1, j)) + (j < text.length ? c : '');
      i = j + 1;
    } else if (c === '`') {
      out += ' ';
      i++;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

const OPEN: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

/** Index of the bracket closing the one at `start` (nested brackets of every kind respected), or -1. */
function closing(text: string, start: number): number {
  const stack: string[] = [];
  for (let i = start; i < text.length; i++) {
    const c = text[i]!;
    if (OPEN[c]) stack.push(OPEN[c]!);
    else if (c === ')' || c === ']' || c === '}') {
      if (stack.pop() !== c) return -1;
      if (stack.length === 0) return i;
    }
  }
  return -1;
}

interface Parsed {
  variable: string | null;
  labels: string[];
  hasMap: boolean;
  hasWhere: boolean;
}

/**
 * Parses the inside of a node `(...)` or relationship `[...]` pattern; null when it is not one
 * (an expression in parentheses, a list literal or comprehension).
 */
function parseElement(inner: string, relationship: boolean): Parsed | null {
  let i = 0;
  const skip = () => { while (i < inner.length && /\s/.test(inner[i]!)) i++; };
  const word = (): string | null => {
    IDENT.lastIndex = i;
    const m = IDENT.exec(inner);
    return m ? m[0] : null;
  };
  skip();
  let variable: string | null = null;
  const first = word();
  if (first && !KEYWORDS.has(first.toUpperCase())) {
    variable = first;
    i += first.length;
    skip();
  }
  const labels: string[] = [];
  const isLabelStart = inner[i] === ':' || (word()?.toUpperCase() === 'IS' && !relationship);
  if (isLabelStart) {
    if (inner[i] !== ':') i += 2;
    // A label or type expression: names joined by : & | ! % and parentheses, up to { or WHERE.
    while (i < inner.length) {
      skip();
      const c = inner[i]!;
      if (':&|!%()'.includes(c)) { i++; continue; }
      const w = word();
      if (!w || w.toUpperCase() === 'WHERE') break;
      labels.push(w);
      i += w.length;
    }
  }
  skip();
  if (relationship && inner[i] === '*') {
    i++;
    while (i < inner.length && /[\d.\s]/.test(inner[i]!)) i++;
  }
  skip();
  let hasMap = false;
  if (inner[i] === '{') {
    const end = closing(inner, i);
    if (end === -1) return null;
    hasMap = true;
    i = end + 1;
    skip();
  }
  let hasWhere = false;
  if (word()?.toUpperCase() === 'WHERE') {
    hasWhere = true;
    i = inner.length;
  }
  skip();
  return i >= inner.length ? { variable, labels, hasMap, hasWhere } : null;
}

/** The token right before `index` (a name, a number, or one punctuation character). */
function previousToken(text: string, index: number): { token: string; at: number } {
  let i = index - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  if (i < 0) return { token: '', at: -1 };
  if (/[A-Za-z0-9_]/.test(text[i]!)) {
    let j = i;
    while (j > 0 && /[A-Za-z0-9_]/.test(text[j - 1]!)) j--;
    return { token: text.slice(j, i + 1), at: j };
  }
  return { token: text[i]!, at: i };
}

const nextChar = (text: string, index: number): string => {
  let i = index;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return text[i] ?? '';
};

const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Element {
  kind: 'node' | 'relationship';
  shown: string;
  parsed: Parsed;
}

function describe(kind: 'node' | 'relationship', p: Parsed): string {
  const labels = p.labels.length ? `:${p.labels.join(kind === 'node' ? ':' : '|')}` : '';
  return kind === 'node' ? `(${p.variable ?? ''}${labels})` : `-[${p.variable ?? ''}${labels}]-`;
}

/** Every node and relationship pattern in a stripped text. */
function patterns(text: string): Element[] {
  const found: Element[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '[') {
      const end = closing(text, i);
      if (end === -1) continue;
      const before = previousToken(text, i);
      if (before.token !== '-' || nextChar(text, end + 1) !== '-') continue;
      const parsed = parseElement(text.slice(i + 1, end), true);
      if (parsed) found.push({ kind: 'relationship', shown: describe('relationship', parsed), parsed });
    } else if (c === '(') {
      const end = closing(text, i);
      if (end === -1) continue;
      const before = previousToken(text, i);
      if (/^[A-Za-z0-9_$]/.test(before.token) && !PATTERN_LEADS.has(before.token.toUpperCase()) && !/^\d+$/.test(before.token)) continue;
      if (before.token === '$') continue;
      if (before.token.toUpperCase() === 'CALL') continue;
      const parsed = parseElement(text.slice(i + 1, end), false);
      if (!parsed) continue;
      const touchesRelationship = nextChar(text, end + 1) === '-' || nextChar(text, end + 1) === '<' || before.token === '-' || before.token === '>';
      const leads = PATTERN_LEADS.has(before.token.toUpperCase())
        || (/^\d+$/.test(before.token) && ['SHORTEST', 'GROUPS'].includes(previousToken(text, before.at).token.toUpperCase()));
      const empty = !parsed.variable && parsed.labels.length === 0 && !parsed.hasMap && !parsed.hasWhere;
      const juxtaposed = before.token === ')' || before.token === '}' || nextChar(text, end + 1) === '(';
      if (parsed.labels.length || parsed.hasMap || parsed.hasWhere || empty || touchesRelationship || leads || juxtaposed) {
        found.push({ kind: 'node', shown: describe('node', parsed), parsed });
      }
    }
  }
  // Bare relationships between two groups: )--( )-->( )<--(
  for (const m of text.matchAll(/\)\s*(<?\s*-\s*-\s*>?)\s*\(/g)) {
    found.push({ kind: 'relationship', shown: m[1]!.replace(/\s+/g, ''), parsed: { variable: null, labels: [], hasMap: false, hasWhere: false } });
  }
  return found;
}

/** Whether `variable` is checked with the rule somewhere in the text (not negated, not an alternative). */
function checked(text: string, variable: string, markings: string): boolean {
  const rule = new RegExp(`(?<![A-Za-z0-9_.])${escape(variable)}\\s*\\.\\s*marking\\s+IN\\s+\\$${escape(markings)}(?![A-Za-z0-9_])`, 'g');
  for (const m of text.matchAll(rule)) {
    const before = previousToken(text, m.index).token.toUpperCase();
    const beforeParen = before === '(' ? previousToken(text, previousToken(text, m.index).at).token.toUpperCase() : '';
    const after = /^\s*([A-Za-z]+)/.exec(text.slice(m.index + m[0].length))?.[1]?.toUpperCase() ?? '';
    if (before === 'NOT' || beforeParen === 'NOT') continue;
    if (before === 'OR' || before === 'XOR' || after === 'OR' || after === 'XOR') continue;
    return true;
  }
  return false;
}

/** `[x IN list WHERE x.marking IN $markings ...]` somewhere in the text. */
function listFiltered(text: string, list: string, markings: string): boolean {
  const re = new RegExp(`\\[\\s*([A-Za-z_][A-Za-z0-9_]*)\\s+IN\\s+${escape(list)}\\s+WHERE\\s+\\1\\s*\\.\\s*marking\\s+IN\\s+\\$${escape(markings)}(?![A-Za-z0-9_])`);
  return re.test(text);
}

/** Procedure calls with their yielded columns (name and the variable it is bound to). */
function procedureYields(text: string): { procedure: string; column: string; variable: string }[] {
  const found: { procedure: string; column: string; variable: string }[] = [];
  for (const m of text.matchAll(/\bCALL\s+([A-Za-z_][\w.]*)\s*\(/gi)) {
    const open = m.index + m[0].length - 1;
    const end = closing(text, open);
    if (end === -1) continue;
    const y = /^\s*YIELD\s+/i.exec(text.slice(end + 1));
    if (!y) continue;
    const start = end + 1 + y[0].length;
    const stop = /\b(WHERE|RETURN|WITH|CALL|MATCH|OPTIONAL|UNWIND|ORDER|LIMIT|SKIP|UNION)\b|[})]/i.exec(text.slice(start));
    const items = text.slice(start, stop ? start + stop.index : text.length);
    for (const item of items.split(',')) {
      const parts = item.trim().split(/\s+AS\s+/i);
      if (!parts[0]) continue;
      found.push({ procedure: m[1]!, column: parts[0], variable: (parts[1] ?? parts[0]).trim() });
    }
  }
  return found;
}

const EVIDENCE_READ = /\bevidence(?!Markings\b)[A-Z][A-Za-z0-9_]*\b/g;

/** What the text reads of the graph without the visibility rule; empty when it is sound. */
export function visibilityProblems(cypher: string, options: VisibilityOptions = {}): string[] {
  const system = new Set(options.systemLabels ?? SYSTEM_LABELS);
  const markings = options.markingsParam ?? 'markings';
  const text = stripCypher(cypher);
  const problems: string[] = [];
  const elements = patterns(text);

  // Variables that only ever carry system labels are bookkeeping wherever they appear.
  const labelsOf = new Map<string, string[][]>();
  for (const e of elements) {
    if (e.kind === 'node' && e.parsed.variable && e.parsed.labels.length) {
      labelsOf.set(e.parsed.variable, [...(labelsOf.get(e.parsed.variable) ?? []), e.parsed.labels]);
    }
  }
  const systemOnly = (labels: string[]) => labels.length > 0 && labels.every((l) => system.has(l));
  const isSystem = (e: Element) => {
    if (e.kind !== 'node') return false;
    if (e.parsed.labels.length) return systemOnly(e.parsed.labels);
    const seen = e.parsed.variable ? labelsOf.get(e.parsed.variable) : undefined;
    return seen !== undefined && seen.every(systemOnly);
  };

  const graphVariables = new Set<string>();
  for (const e of elements) {
    if (isSystem(e)) continue;
    const what = `${e.kind} pattern ${e.shown}`;
    if (!e.parsed.variable) problems.push(`${what} is anonymous: it reads graph data and cannot carry the rule (name it and check x.marking IN $${markings})`);
    else {
      graphVariables.add(e.parsed.variable);
      if (!checked(text, e.parsed.variable, markings)) problems.push(`${what}: ${e.parsed.variable} is never checked with ${e.parsed.variable}.marking IN $${markings}`);
    }
  }

  for (const y of procedureYields(text)) {
    const shape = GRAPH_YIELDING_PROCEDURES[y.procedure]?.[y.column];
    if (!shape) continue;
    graphVariables.add(y.variable);
    const what = `${y.procedure} yields ${y.column}${y.variable === y.column ? '' : ` AS ${y.variable}`}`;
    if (shape === 'element' && !checked(text, y.variable, markings)) problems.push(`${what}: ${y.variable} is never checked with ${y.variable}.marking IN $${markings}`);
    if (shape === 'list' && !listFiltered(text, y.variable, markings)) problems.push(`${what}: the list is never filtered with [x IN ${y.variable} WHERE x.marking IN $${markings}]`);
    if (shape === 'path') problems.push(`${what}: a path from a procedure cannot be checked; match the pattern in Cypher instead`);
  }

  // Nodes turned back from GDS ids are graph data for the whole-map check (their visibility is
  // that of the projection, whose patterns are checked above).
  for (const m of text.matchAll(/\bgds\.util\.asNodes?\s*\([^()]*\)\s+AS\s+([A-Za-z_][A-Za-z0-9_]*)/gi)) graphVariables.add(m[1]!);

  const lines = text.split('\n');
  const allowed = (index: number): boolean => {
    if (options.allowedEvidenceFragments) {
      return options.allowedEvidenceFragments.some((fragment) => {
        const re = typeof fragment === 'string' ? new RegExp(escape(fragment), 'g') : new RegExp(fragment.source, fragment.flags.includes('g') ? fragment.flags : `${fragment.flags}g`);
        for (const m of text.matchAll(re)) if (index >= m.index && index < m.index + m[0].length) return true;
        return false;
      });
    }
    const line = lines[lineOf(text, index) - 1] ?? '';
    return /\bevidenceMarkings\b/.test(line) && new RegExp(`\\$${escape(markings)}(?![A-Za-z0-9_])`).test(line);
  };
  for (const m of text.matchAll(EVIDENCE_READ)) {
    if (!allowed(m.index)) problems.push(`evidence list ${m[0]} read outside the evidence fragment (line ${lineOf(text, m.index)})`);
  }
  if (options.wholePropertyMaps) {
    for (const m of text.matchAll(/(?<![A-Za-z0-9_.])([A-Za-z_][A-Za-z0-9_]*)\s*\{[^{}]*\.\s*\*|\bproperties\s*\(\s*([A-Za-z_][A-Za-z0-9_]*)\s*\)/g)) {
      const variable = m[1] ?? m[2]!;
      if (!graphVariables.has(variable) || allowed(m.index)) continue;
      problems.push(`${m[1] ? `${variable} {.*}` : `properties(${variable})`} returns every property, evidence lists unfiltered (line ${lineOf(text, m.index)})`);
    }
  }
  return [...new Set(problems)];
}

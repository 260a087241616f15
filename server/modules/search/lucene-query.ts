/**
 * Builds a Lucene query from free text typed by a person: every character Lucene treats as
 * syntax is escaped, so user input can never be an operator, a field or a malformed query.
 */
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const MAX_TERMS = 8;
const MAX_TERM_LENGTH = 64;

export function searchTerms(text: string): string[] {
  return text
    .normalize('NFKC')
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .split(/[\s,;.]+/)
    .map((t) => t.slice(0, MAX_TERM_LENGTH))
    .filter((t) => t.replace(SPECIAL, '').length > 0)
    .slice(0, MAX_TERMS);
}

const escapeTerm = (term: string) => {
  const escaped = term.replace(SPECIAL, (c) => `\\${c}`);
  // AND, OR and NOT are operators only in upper case; lower-casing keeps them plain words.
  return /^(AND|OR|NOT)$/.test(escaped) ? escaped.toLowerCase() : escaped;
};

/**
 * Each term may match exactly, as a prefix, or (fuzzy) with one typo; all terms must match.
 * Names weigh most, then aliases (acronyms, French titles), then descriptions.
 */
export function luceneQuery(text: string, fuzzy: boolean): string | null {
  const terms = searchTerms(text);
  if (terms.length === 0) return null;
  return terms
    .map((term) => {
      const t = escapeTerm(term);
      const parts = [`name:${t}^8`, `name:${t}*^4`, `aliasesText:${t}^8`, `aliasesText:${t}*^4`, `description:${t}`, `description:${t}*^0.5`];
      if (fuzzy && term.length >= 4) parts.push(`name:${t}~1^2`, `aliasesText:${t}~1^2`, `description:${t}~1^0.3`);
      return `(${parts.join(' OR ')})`;
    })
    .join(' AND ');
}

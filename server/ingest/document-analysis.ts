/**
 * One document read against the gazetteer: its paragraphs and their languages, the known
 * entities it names and the candidates it proposes. Pure: nothing here touches the database.
 */
import { candidateKey, findCandidates, type Candidate } from './candidates.ts';
import { Gazetteer, type Mention } from './gazetteer.ts';
import { normalise } from './normalised-text.ts';
import { paragraphs } from './paragraphs.ts';
import { sentenceAround } from './sentences.ts';

export interface MentionWithSentence extends Mention {
  sentence: string;
  language: string;
}

export interface DocumentAnalysis {
  languages: string[];
  mentions: MentionWithSentence[];
  candidates: Candidate[];
}

/** Reads a text; `rejected` holds candidateKey()s not to propose again; `onParagraph` hears progress. */
export function analyseDocument(text: string, gazetteer: Gazetteer, rejected: Set<string> = new Set(), onParagraph?: (done: number, total: number) => void): DocumentAnalysis {
  const parts = paragraphs(text);
  const mentions: MentionWithSentence[] = [];
  const ambiguous: Candidate[] = [];
  parts.forEach((p, i) => {
    const found = gazetteer.find(text, normalise(text, p.start, p.end), p.language);
    for (const m of found.mentions) mentions.push({ ...m, sentence: sentenceAround(text, m.start, m.end).sentence, language: p.language });
    for (const m of found.ambiguous) {
      ambiguous.push({ kind: m.entity.kind as Candidate['kind'], text: m.surface, start: m.start, end: m.end, sentence: sentenceAround(text, m.start, m.end).sentence, confidence: 0.3, reason: 'ambiguous-alias', relatedIds: [m.entity.id] });
    }
    onParagraph?.(i + 1, parts.length);
  });
  // A name written without its owner ("forensic databases") counts where the owner is named.
  const named = new Set(mentions.filter((m) => !m.requires).map((m) => m.entity.id));
  const kept = mentions.filter((m) => !m.requires || named.has(m.requires));
  const candidates = [...findCandidates(text, kept), ...ambiguous]
    .filter((c) => !rejected.has(candidateKey(c.kind, c.text)))
    .sort((a, b) => a.start - b.start);
  return { languages: [...new Set(parts.map((p) => p.language))], mentions: kept, candidates };
}

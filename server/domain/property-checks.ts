/**
 * Checks of property values and evidence against the domain model, shared by the seed
 * validator and analysts' writes. Each problem is reported, not thrown, so callers can list
 * every problem at once.
 */
import { MARKINGS, MODALITIES, type PropertySpec } from './model.ts';
import type { Evidence } from './provenance.ts';

export type PropertyValue = string | number | boolean | string[] | number[];

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const EVIDENCE_KEYS = new Set(['source', 'quote', 'date', 'modality', 'marking']);

export type Report = (reason: string) => void;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function checkValue(name: string, spec: PropertySpec, value: unknown, report: Report): PropertyValue | undefined {
  const bad = (expected: string) => {
    report(`property "${name}" must be ${expected}, got ${JSON.stringify(value)}`);
    return undefined;
  };
  switch (spec.type) {
    case 'string':
      if (typeof value !== 'string' || value.trim() === '') return bad('a non-empty string');
      if (spec.values && !spec.values.includes(value)) return bad(`one of ${spec.values.join(', ')}`);
      return value;
    case 'date':
      if (typeof value !== 'string' || !DATE.test(value)) return bad('a date as "YYYY", "YYYY-MM" or "YYYY-MM-DD" (quoted)');
      return value;
    case 'string[]':
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v.trim() === '')) return bad('a list of non-empty strings');
      return value as string[];
    case 'integer[]':
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'number' || !Number.isInteger(v))) return bad('a list of integers');
      return value as number[];
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return bad('a number');
      return value;
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value)) return bad('an integer');
      return value;
    case 'boolean':
      if (typeof value !== 'boolean') return bad('true or false');
      return value;
  }
}

export function checkEvidence(raw: unknown, report: Report, required: boolean): Evidence[] {
  if (raw === undefined) {
    if (required) report('has no evidence: every fact needs at least one source and quote');
    return [];
  }
  if (!Array.isArray(raw) || raw.length === 0) {
    report('evidence must be a non-empty list of { source, quote }');
    return [];
  }
  const evidence: Evidence[] = [];
  raw.forEach((item, i) => {
    const at = (reason: string) => report(`evidence #${i + 1}: ${reason}`);
    if (!isRecord(item)) return at('must be a mapping with source and quote');
    for (const key of Object.keys(item)) if (!EVIDENCE_KEYS.has(key)) at(`unknown field "${key}"`);
    const { source, quote, date, modality, marking } = item;
    if (typeof source !== 'string' || source === '') return at('has no source document id');
    if (typeof quote !== 'string' || quote.trim().length < 3) return at('has no quote');
    if (date !== undefined && (typeof date !== 'string' || !DATE.test(date))) return at(`date ${JSON.stringify(date)} is not "YYYY", "YYYY-MM" or "YYYY-MM-DD"`);
    if (modality !== undefined && !(MODALITIES as readonly unknown[]).includes(modality)) {
      return at(`modality must be one of ${MODALITIES.join(', ')}`);
    }
    if (marking !== undefined && marking !== null && !(MARKINGS as readonly unknown[]).includes(marking)) return at(`marking must be one of ${MARKINGS.join(', ')}`);
    evidence.push({
      source,
      quote: quote.trim(),
      date: (date as string | undefined) ?? '',
      modality: (modality as string | undefined) ?? 'reported',
      ...(typeof marking === 'string' ? { marking } : {}),
    });
  });
  return evidence;
}

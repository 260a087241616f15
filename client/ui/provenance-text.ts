/**
 * How provenance reads in the explorer: a document's publication date and the date a fact refers
 * to, each labelled (the same report is published once, though its facts refer to several
 * years), and what a modality means, in the words the model gives for it.
 */
import { ENUMS, MODALITIES } from '../../server/domain/model.ts';
import { dateInterval } from '../graph/dates.ts';

const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2016-05" → "May 2016", "2016-10-23" → "23 October 2016", "2015" → "2015"; other text as it is. */
export function readableDate(date: string): string {
  const interval = dateInterval(date);
  if (!interval) return date;
  const parts = date.trim().split('-').length;
  if (parts === 1) return date.trim();
  return (parts === 2 ? MONTH : DAY).format(interval.start);
}

export const publishedText = (date: string | null | undefined): string | null => (date ? `published ${readableDate(date)}` : null);
export const refersToText = (date: string | null | undefined): string | null => (date ? `refers to ${readableDate(date)}` : null);

type StoredModality = (typeof MODALITIES)[number];
const isModality = (value: string): value is StoredModality => (MODALITIES as readonly string[]).includes(value);

/** A modality as the API names it (ESTIMATED) in a word and its explanation from the model. */
export function modalityText(modality: string): { word: string; explanation: string } {
  const stored = modality.toLowerCase();
  const explanation = isModality(stored) ? ENUMS.Modality.valueDescriptions[stored] : '';
  return { word: stored, explanation };
}

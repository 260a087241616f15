/** A text's paragraphs (blank-line separated) with the language of each (franc-min: English or French). */
import { franc } from 'franc-min';

export const LANGUAGES = ['eng', 'fra'] as const;

export interface Paragraph {
  start: number;
  end: number;
  language: (typeof LANGUAGES)[number];
}

export function paragraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /\n[ \t]*\n/g;
  let start = 0;
  for (;;) {
    const m = re.exec(text);
    const end = m ? m.index : text.length;
    if (end > start) {
      const detected = franc(text.slice(start, end), { only: [...LANGUAGES], minLength: 20 });
      out.push({ start, end, language: detected === 'fra' ? 'fra' : 'eng' });
    }
    if (!m) break;
    start = m.index + m[0].length;
  }
  return out;
}

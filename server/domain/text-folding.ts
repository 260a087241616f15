/** Text without accents and case, as names are compared and ids are made from them. */
export const fold = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** An id-safe form of a name: folded, runs of anything but letters and digits as one dash, at most `max` long. */
export const slug = (text: string, max: number) => fold(text).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, max);

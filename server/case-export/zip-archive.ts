/**
 * A ZIP archive of text files, stored without compression (fflate): the CSV export as one
 * download from the explorer.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';

export function zipArchive(files: { name: string; text: string }[], when = new Date()): Buffer {
  const entries: Zippable = Object.fromEntries(files.map((f) => [f.name, [strToU8(f.text), { level: 0, mtime: when }]]));
  return Buffer.from(zipSync(entries));
}

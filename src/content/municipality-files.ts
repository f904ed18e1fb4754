import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Municipality } from './municipality-schema.js';
import { parseMunicipalities } from './municipality-parse.js';

/** Node only: reads and validates every data/municipalities/*.yaml under rootDir (the repo root). */
export function readMunicipalitiesFromDisk(rootDir: string): Municipality[] {
  const dir = join(rootDir, 'data', 'municipalities');
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort();
  } catch {
    return [];
  }
  return parseMunicipalities(names.map((n) => ({ file: `data/municipalities/${n}`, text: readFileSync(join(dir, n), 'utf8') })));
}

// Municipal overlays for the Worker. wrangler.toml's [[rules]] bundle *.yaml as text, parsed here with the same
// zod schema as on Node. There is no directory listing in a Worker, so each file is imported by name:
// adding data/municipalities/<id>.yaml means adding one line here (test/workers checks the list against the folder).
import sampleCity from '../../data/municipalities/sample-city.yaml';
import { parseMunicipalities } from '../content/municipality-parse.js';
import type { Municipality } from '../content/municipality-schema.js';

export const MUNICIPALITY_FILES: ReadonlyArray<{ file: string; text: string }> = [
  { file: 'data/municipalities/sample-city.yaml', text: sampleCity },
];

export function bundledMunicipalities(): Municipality[] {
  return parseMunicipalities(MUNICIPALITY_FILES);
}

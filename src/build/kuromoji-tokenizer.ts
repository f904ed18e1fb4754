import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import kuromoji from 'kuromoji';

/** The few token fields the compiler reads (kuromoji's IPADIC features). */
export interface Token {
  surface_form: string;
  pos: string;
  conjugated_type: string;
  conjugated_form: string;
  basic_form: string;
  reading?: string;
}
export interface Tokenizer { tokenize(text: string): Token[] }

let loading: Promise<Tokenizer> | undefined;

/** Loads kuromoji once per process (~1 s, ~370 MB): build time and operator tools only, never the request path. */
export function loadTokenizer(): Promise<Tokenizer> {
  loading ??= new Promise((resolve, reject) => {
    const dicPath = join(dirname(createRequire(import.meta.url).resolve('kuromoji/package.json')), 'dict');
    kuromoji.builder({ dicPath }).build((err, tokenizer) => (err ? reject(err) : resolve(tokenizer as Tokenizer)));
  });
  return loading;
}

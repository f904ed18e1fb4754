// npm start. Bundles src/runtime/node.ts with esbuild (~40 ms, always from the current source) and runs the bundle
// in this same process with plain node: no TypeScript loader stays resident. Running through tsx instead kept a
// loader thread (~40 MB) alive for the life of the server, and served fewer chats a second.
// Plain JavaScript on purpose: this is the one file node must run before anything is compiled.
import { build } from 'esbuild';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
// Two folders below the root on purpose: the bundle finds data/ and intents/ at new URL('../..', import.meta.url),
// exactly as src/runtime/node.ts does.
const outfile = `${root}node_modules/.cache/tsunagi-server.mjs`;

try {
  const { outputFiles } = await build({
    entryPoints: [`${root}src/runtime/node.ts`], outfile, bundle: true, platform: 'node', format: 'esm',
    target: 'node20', packages: 'external', sourcemap: true, logLevel: 'error', write: false,
  });
  // Written under a name of this process's own, then renamed: two servers starting at once never read half a file.
  mkdirSync(`${root}node_modules/.cache`, { recursive: true });
  for (const file of outputFiles) {
    writeFileSync(`${file.path}.${process.pid}`, file.contents);
    renameSync(`${file.path}.${process.pid}`, file.path);
  }
} catch (err) {
  // A failed build has been printed by esbuild (file, line, reason); anything else (a read-only node_modules…) is not.
  if (!Array.isArray(err?.errors)) console.error(`npm start: cannot write the server bundle: ${err?.message ?? err}`);
  process.exit(1);
}
const server = await import(pathToFileURL(outfile).href);
server.main();

// Builds the consoles into api/assets/console/ (embedded in the vigie binary):
// console.js (esbuild, minified), console.css, vigie.svg and index.html naming each
// asset by its content hash. `--check` builds in memory and fails if the committed
// files differ — the test command runs it, as schema.graphql's drift test does.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'assets', 'console');
const check = process.argv.includes('--check');

const bundled = await build({
  entryPoints: [join(here, 'src', 'main.tsx')],
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['chrome110', 'firefox110', 'safari16'],
  jsx: 'automatic',
  jsxImportSource: 'preact',
  legalComments: 'eof',
  charset: 'utf8',
  write: false,
  logLevel: 'warning',
});
const css = await build({
  entryPoints: [join(here, 'src', 'console.css')],
  bundle: true,
  minify: true,
  charset: 'utf8',
  write: false,
  logLevel: 'warning',
});
const hash = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);
const js = bundled.outputFiles[0].contents;
const style = css.outputFiles[0].contents;
const page = readFileSync(join(here, 'src', 'index.html'), 'utf8')
  .replace('{{JS_HASH}}', hash(js))
  .replace('{{CSS_HASH}}', hash(style));
const files = {
  'console.js': Buffer.from(js),
  'console.css': Buffer.from(style),
  'vigie.svg': readFileSync(join(here, 'src', 'vigie.svg')),
  'index.html': Buffer.from(page),
};

if (check) {
  const drifted = Object.entries(files).filter(([name, bytes]) => {
    try {
      return !readFileSync(join(out, name)).equals(bytes);
    } catch {
      return true;
    }
  });
  if (drifted.length) {
    console.error(`The committed console bundle drifted from its sources: ${drifted.map(([n]) => n).join(', ')}.`);
    console.error('Rebuild it with `npm run build` in api/console and commit api/assets/console/.');
    process.exit(1);
  }
  console.log('api/assets/console/ matches its sources.');
} else {
  mkdirSync(out, { recursive: true });
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(out, name), bytes);
  const gz = (await import('node:zlib')).gzipSync;
  const total = Object.values(files).reduce((sum, bytes) => sum + gz(bytes, { level: 9 }).length, 0);
  console.log(`api/assets/console/ built: ${Object.entries(files).map(([n, b]) => `${n} ${b.length} B`).join(', ')}; ${total} B gzipped in all.`);
}

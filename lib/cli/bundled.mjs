import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Runs a CLI entry point from a single-file bundle. Under tsx every one of the ~400 modules
 * the engine pulls in (chrono-node, libphonenumber-js, zod…) passes through its loader,
 * which cost ~2 s before the first post was read; one bundled module loads in ~0.1 s. This
 * launcher is plain JavaScript so that starting it costs no TypeScript loader either (~0.5 s).
 * The bundle is rebuilt whenever any file it was built from changes (size or mtime), and
 * the entry run through tsx is the fallback if bundling fails, so the CLI never depends on it.
 * @param {URL} entry a TypeScript entry point
 */
export async function runBundled(entry) {
  const entryPath = fileURLToPath(entry);
  let bundle = null;
  try {
    bundle = await freshBundle(entryPath);
  } catch (e) {
    if (process.env.POSTWISE_DEBUG) process.stderr.write(`bundling failed, running through tsx: ${String(e)}\n`);
  }
  if (bundle) {
    await import(pathToFileURL(bundle).href);
    return;
  }
  const { register } = await import('tsx/esm/api');
  register();
  await import(entry.href);
}

const BUILD = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'silent',
  // Whitespace and syntax only: less for V8 to parse, names kept for stack traces.
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  // CommonJS dependencies bundled into ESM still call require() for Node built-ins.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  plugins: [largeJsonAsString()],
};

/**
 * Large JSON files (the model, ~3 MB) bundled as one string handed to JSON.parse: V8 reads a
 * string and JSON far faster than the same data as a JavaScript object literal (~150 ms of
 * every start with the model inlined as code).
 */
function largeJsonAsString() {
  return {
    name: 'large-json-as-string',
    setup(b) {
      b.onLoad({ filter: /\.json$/ }, (args) => {
        if (statSync(args.path).size < 100_000) return undefined;
        const text = readFileSync(args.path, 'utf8');
        return { contents: `export default JSON.parse(${JSON.stringify(text)});`, loader: 'js' };
      });
    },
  };
}

/** @param {string} entryPath @returns {Promise<string>} */
async function freshBundle(entryPath) {
  // Keyed by the entry and the build options, so changing either starts a fresh bundle.
  const key = createHash('sha1').update(entryPath).update(JSON.stringify(BUILD)).update(largeJsonAsString.toString()).digest('hex').slice(0, 12);
  const dir = join(tmpdir(), `postwise-cli-${key}`);
  const out = join(dir, 'bundle.mjs');
  const metaFile = join(dir, 'meta.json');
  try {
    /** @type {{ inputs: [string, number, number][] }} */
    const meta = JSON.parse(readFileSync(metaFile, 'utf8'));
    statSync(out);
    if (meta.inputs.every(([p, size, mtimeMs]) => {
      const s = statSync(p);
      return s.size === size && s.mtimeMs === mtimeMs;
    }))
      return out;
  } catch {
    // No bundle yet, or an input moved: build one.
  }
  const root = resolve(entryPath, '../../..');
  // Loaded only to rebuild: importing esbuild costs ~0.1 s of every start.
  const { build } = await import('esbuild');
  const result = await build({ ...BUILD, entryPoints: [entryPath], absWorkingDir: root, write: false, metafile: true });
  mkdirSync(dir, { recursive: true });
  const inputs = Object.keys(result.metafile.inputs).map((p) => {
    const abs = resolve(root, p);
    const s = statSync(abs);
    return [abs, s.size, s.mtimeMs];
  });
  // Written under a unique name and renamed, so two CLIs starting at once never read half a file.
  const tmp = `${out}.${process.pid}`;
  writeFileSync(tmp, result.outputFiles[0].contents);
  renameSync(tmp, out);
  writeFileSync(`${metaFile}.${process.pid}`, JSON.stringify({ inputs }));
  renameSync(`${metaFile}.${process.pid}`, metaFile);
  return out;
}

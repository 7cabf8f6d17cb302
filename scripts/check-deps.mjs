// `npm run lint:deps`: every workspace's package.json lists what its files import. Sources
// (`src/`) may import only `dependencies` (and optional or peer ones); tests, benchmarks,
// examples and configs may also use `devDependencies` and the root's shared tooling. A
// `@pastenym/*` package under `dependencies` that `src/` never imports is reported too, so the
// edges drawn in docs/ARCHITECTURE.md stay the real ones.
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const SKIP = new Set(['node_modules', 'dist', 'coverage', 'data']);
const CODE = /\.(?:[cm]?[jt]s|tsx)$/;
const IMPORTS = [
  /^\s*(?:import|export)\s[^'";]*?\bfrom\s*['"]([^'"\s]+)['"]/gm, // import x from 'y', export * from 'y'
  /^\s*import\s*['"]([^'"\s]+)['"]/gm, // import 'y'
  /\bimport\(\s*['"]([^'"\s]+)['"]\s*\)/g, // import('y')
];

/** Files of a package, without build output or installed modules. */
function* codeFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* codeFiles(path);
    else if (CODE.test(entry.name)) yield path;
  }
}

/** Package names a file imports (bare specifiers only; comments stripped, so examples in JSDoc do not count). */
function importedPackages(path) {
  const code = readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
  const names = new Set();
  for (const [, specifier] of IMPORTS.flatMap((pattern) => [...code.matchAll(pattern)])) {
    if (/^(?:\.|\/|node:)/.test(specifier)) continue;
    const parts = specifier.split('/');
    const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
    if (!builtinModules.includes(name)) names.add(name);
  }
  return names;
}

const rootDev = Object.keys(readJson(join(root, 'package.json')).devDependencies ?? {});
const problems = [];
for (const dir of readdirSync(join(root, 'packages'))) {
  const pkgDir = join(root, 'packages', dir);
  const pkg = readJson(join(pkgDir, 'package.json'));
  const runtime = new Set(
    ['dependencies', 'optionalDependencies', 'peerDependencies'].flatMap((k) =>
      Object.keys(pkg[k] ?? {}),
    ),
  );
  const dev = new Set([...runtime, ...Object.keys(pkg.devDependencies ?? {}), ...rootDev]);
  const usedBySource = new Set();
  for (const file of codeFiles(pkgDir)) {
    const inSource = relative(pkgDir, file).startsWith('src/');
    for (const name of importedPackages(file)) {
      if (name === pkg.name) continue;
      if (inSource) usedBySource.add(name);
      const allowed = inSource ? runtime : dev;
      if (!allowed.has(name)) {
        const where = inSource ? 'dependencies' : 'dependencies or devDependencies';
        problems.push(`${relative(root, file)} imports ${name}, not in ${pkg.name}'s ${where}`);
      }
    }
  }
  for (const name of Object.keys(pkg.dependencies ?? {})) {
    if (name.startsWith('@pastenym/') && !usedBySource.has(name)) {
      problems.push(`${pkg.name} lists ${name} in dependencies, but its src/ never imports it`);
    }
  }
}

for (const problem of problems) console.error(`error [deps.unlisted]: ${problem}`);
if (problems.length > 0) process.exit(1);
console.log('every workspace lists what it imports');

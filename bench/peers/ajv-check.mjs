// The schema-only peer of `catalog check` (bench/run-all.sh): every YAML file of a catalog parsed
// with js-yaml and validated with ajv against the same schemas/ the tool uses — no rules, no
// references between files. Prints one line: files, invalid files, errors.
//   node ajv-check.mjs CATALOG SCHEMAS [--workers N] [FILE...]
// With FILE... only those files (paths under CATALOG) are read: what an editor's on-save ajv run costs.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import yaml from 'js-yaml';

// The same mapping from path to schema as FileKinds in CatalogTools.Core.
const registries = {
  'registries/regions.yaml': 'regions', 'registries/agencies.yaml': 'agencies', 'registries/laws.yaml': 'laws',
  'registries/cancelled-proofs.yaml': 'cancelled-proofs', 'registries/e-licences.yaml': 'e-licences',
  'registries/intermediary-services.yaml': 'intermediary-services', 'registries/synonyms.yaml': 'synonyms',
  'registries/themes.yaml': 'themes', 'policy.yaml': 'policy', 'site.yaml': 'site',
};
function schemaOf(path) {
  if (path.startsWith('standards/')) return 'standard-item';
  if (path.startsWith('implementations/')) return 'implementation';
  if (path.startsWith('service-bundles/')) return 'service-bundle';
  return registries[path];
}

function listFiles(root) {
  const out = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.yaml') || entry.name.endsWith('.yml')) out.push(relative(root, full).split(sep).join('/'));
    }
  };
  walk(root);
  return out;
}

function validator(schemas) {
  const ajv = new Ajv({ strict: false, allErrors: false });
  const compiled = {};
  for (const name of readdirSync(schemas).filter((n) => n.endsWith('.schema.json'))) {
    ajv.addSchema(JSON.parse(readFileSync(join(schemas, name), 'utf8')), name);
  }
  return (kind) => (compiled[kind] ??= ajv.getSchema(`${kind}.schema.json`));
}

function check(root, schemas, files) {
  const schemaFor = validator(schemas);
  let invalid = 0, errors = 0;
  for (const path of files) {
    const kind = schemaOf(path);
    if (!kind) continue;
    let ok;
    const validate = schemaFor(kind);
    try {
      ok = validate(yaml.load(readFileSync(join(root, path), 'utf8')));
    } catch {
      ok = false;
    }
    if (!ok) { invalid++; errors += validate.errors?.length ?? 1; }
  }
  return { files: files.length, invalid, errors };
}

if (isMainThread) {
  const args = process.argv.slice(2);
  const [root, schemas] = args;
  let workers = 1;
  const named = [];
  for (let i = 2; i < args.length; i++) {
    if (args[i] === '--workers') workers = Number(args[++i]);
    else named.push(args[i]);
  }
  const files = named.length ? named : listFiles(root);
  let totals;
  if (workers <= 1) {
    totals = check(root, schemas, files);
  } else {
    const parts = Array.from({ length: workers }, (_, w) => files.filter((_, i) => i % workers === w));
    const results = await Promise.all(parts.map((part) => new Promise((resolve, reject) => {
      const worker = new Worker(fileURLToPath(import.meta.url), { workerData: { root, schemas, files: part } });
      worker.on('message', resolve);
      worker.on('error', reject);
    })));
    totals = results.reduce((a, r) => ({ files: a.files + r.files, invalid: a.invalid + r.invalid, errors: a.errors + r.errors }));
  }
  console.log(`ajv: ${totals.files} files, ${totals.invalid} invalid, ${totals.errors} errors (${workers} worker${workers > 1 ? 's' : ''})`);
} else {
  parentPort.postMessage(check(workerData.root, workerData.schemas, workerData.files));
}

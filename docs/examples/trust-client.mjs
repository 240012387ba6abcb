// A channel's trust check in plain JavaScript (Node 18+), following docs/publishing.md, "Trust metadata":
// root rotations → timestamp → snapshot → the channel's targets metadata → manifest.json, each by
// signature threshold, version, expiry and length/SHA-256. P-256 through node:crypto, SM2/SM3 through
// the npm package sm-crypto (npm install sm-crypto@0.3.13). Usage:
//   node trust-client.mjs BASE ROOT.json CHANNEL      BASE: a publish folder or its URL (http://…/)
// Prints the verified manifest's bundleVersion, or the reason to refuse, and exits 1.
import { createHash, createPublicKey, verify } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { sm2 } from 'sm-crypto';

const [base, rootFile, channel] = process.argv.slice(2);
const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');
const refuse = (why) => { console.error('refused: ' + why); process.exit(1); };

async function fetchBytes(path, maxBytes) {
  if (/^https?:/.test(base)) {
    const response = await fetch(new URL(path, base.endsWith('/') ? base : base + '/'));
    if (response.status === 404) return null;
    if (!response.ok) refuse(`${path}: HTTP ${response.status}`);
    const bytes = Buffer.from(await response.arrayBuffer()); // a real client stops reading at maxBytes
    if (bytes.length > maxBytes) refuse(`${path} is longer than ${maxBytes} bytes`);
    return bytes;
  }
  try {
    const bytes = await readFile(`${base}/${path}`);
    if (bytes.length > maxBytes) refuse(`${path} is longer than ${maxBytes} bytes`);
    return bytes;
  } catch (e) {
    if (e.code === 'ENOENT') return null;
    throw e;
  }
}

// RFC 8785 for documents without fractions: members sorted by UTF-16 code units, minimal escaping.
function canonical(value) {
  if (value === null || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new Error('integers only');
    return String(value);
  }
  if (typeof value === 'string') {
    return '"' + value.replace(/[\\"\u0000-\u001f]/g, (c) => ({ '"': '\\"', '\\': '\\\\', '\b': '\\b', '\t': '\\t', '\n': '\\n', '\f': '\\f', '\r': '\\r' })[c]
      ?? '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0')) + '"';
  }
  if (Array.isArray(value)) return '[' + value.map(canonical).join(',') + ']';
  const keys = Object.keys(value).sort(); // JS sorts strings by UTF-16 code units, as JCS asks
  return '{' + keys.map((k) => canonical(k) + ':' + canonical(value[k])).join(',') + '}';
}

function keyId(key) {
  return sha256(Buffer.from(canonical({ keytype: key.keytype, scheme: key.scheme, keyval: { public: key.keyval.public } }), 'utf8'));
}

function verifyOne(key, message, sigHex) {
  if (key.scheme === 'ecdsa-sha2-nistp256') {
    return verify('sha256', message, { key: createPublicKey(key.keyval.public), dsaEncoding: 'der' }, Buffer.from(sigHex, 'hex'));
  }
  if (key.scheme === 'sm2-sm3') {
    // SubjectPublicKeyInfo of a 256-bit curve: the last 65 bytes are the uncompressed point 04‖X‖Y.
    const der = createPublicKey(key.keyval.public).export({ type: 'spki', format: 'der' });
    const point = der.subarray(der.length - 65).toString('hex');
    return sm2.doVerifySignature(Array.from(message), sigHex, point, { der: true, hash: true, userId: '1234567812345678' });
  }
  return false;
}

// A threshold of the role's keys (as `root` lists them) signed the canonical bytes of `signed`.
function checkThreshold(metadata, root, role, name) {
  const { keyids, threshold } = root.roles[role];
  const message = Buffer.from(canonical(metadata.signed), 'utf8');
  const valid = new Set();
  for (const { keyid, sig } of metadata.signatures) {
    if (keyids.includes(keyid) && !valid.has(keyid) && verifyOne(root.keys[keyid], message, sig)) valid.add(keyid);
  }
  if (valid.size < threshold) refuse(`${name}: ${valid.size} valid ${role} signatures, ${threshold} needed`);
}

function checkRoot(root, name) {
  for (const [id, key] of Object.entries(root.keys)) if (keyId(key) !== id) refuse(`${name}: key ID ${id} does not match its key`);
}

function checkFile(bytes, expected, name) {
  if (expected.length !== undefined && bytes.length !== expected.length) refuse(`${name}: length ${bytes.length}, expected ${expected.length}`);
  if (expected.hashes && sha256(bytes) !== expected.hashes.sha256) refuse(`${name}: SHA-256 differs`);
}

const now = new Date();
const expired = (signed) => new Date(signed.expires) <= now;

// 1. Root: follow N+1, N+2, … each signed by the old root's and its own root threshold.
let root = JSON.parse(await readFile(rootFile, 'utf8'));
checkRoot(root.signed, rootFile);
checkThreshold(root, root.signed, 'root', rootFile);
for (;;) {
  const name = `metadata/${root.signed.version + 1}.root.json`;
  const bytes = await fetchBytes(name, 512 * 1024);
  if (!bytes) break;
  const next = JSON.parse(bytes);
  if (next.signed.version !== root.signed.version + 1) refuse(`${name}: wrong version`);
  checkRoot(next.signed, name);
  checkThreshold(next, root.signed, 'root', name + ' (by the old root)');
  checkThreshold(next, next.signed, 'root', name + ' (by itself)');
  root = next;
}
if (expired(root.signed)) refuse('the root expired');
const trusted = root.signed;

// 2. Timestamp (a real channel also refuses a version below the one it accepted last).
const timestamp = JSON.parse(await fetchBytes('metadata/timestamp.json', 64 * 1024) ?? refuse('no timestamp'));
checkThreshold(timestamp, trusted, 'timestamp', 'timestamp.json');
if (expired(timestamp.signed)) refuse('timestamp.json expired');

// 3. Snapshot, exactly as the timestamp names it.
const snapMeta = timestamp.signed.meta['snapshot.json'];
const snapName = `metadata/${snapMeta.version}.snapshot.json`;
const snapBytes = await fetchBytes(snapName, snapMeta.length) ?? refuse(`no ${snapName}`);
checkFile(snapBytes, snapMeta, snapName);
const snapshot = JSON.parse(snapBytes);
checkThreshold(snapshot, trusted, 'snapshot', snapName);
if (snapshot.signed.version !== snapMeta.version || expired(snapshot.signed)) refuse(`${snapName}: wrong version or expired`);

// 4. The channel's targets metadata, exactly as the snapshot names it.
const targetsMeta = snapshot.signed.meta[`${channel}/targets.json`] ?? refuse(`the snapshot does not list ${channel}`);
const targetsName = `metadata/${channel}/${targetsMeta.version}.targets.json`;
const targetsBytes = await fetchBytes(targetsName, targetsMeta.length ?? 4 * 1024 * 1024) ?? refuse(`no ${targetsName}`);
checkFile(targetsBytes, targetsMeta, targetsName);
const targets = JSON.parse(targetsBytes);
checkThreshold(targets, trusted, 'targets', targetsName);
if (targets.signed.version !== targetsMeta.version || expired(targets.signed)) refuse(`${targetsName}: wrong version or expired`);
for (const path of Object.keys(targets.signed.targets)) if (!path.startsWith(channel + '/') || path.split('/').some((s) => s === '' || s.startsWith('.'))) refuse(`unsafe target ${path}`);

// 5. The manifest by its content-addressed name; then every file the same way (targets/CHANNEL/DIR/SHA256.BASE).
const entry = targets.signed.targets[`${channel}/manifest.json`];
const manifestName = `targets/${channel}/${entry.hashes.sha256}.manifest.json`;
const manifestBytes = await fetchBytes(manifestName, entry.length) ?? refuse(`no ${manifestName}`);
checkFile(manifestBytes, entry, manifestName);
const manifest = JSON.parse(manifestBytes);
console.log(`accepted ${channel} bundleVersion ${manifest.bundleVersion} (root ${trusted.version}, timestamp ${timestamp.signed.version}, ${manifest.files.length} files)`);

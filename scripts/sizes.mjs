// Prints what the default page (index.html) transfers: each file, raw and gzip.
// With --max-gzip N it fails (exit 1) when the page's gzip total exceeds N bytes:
// a ratchet against silent growth until the performance work sets the real budget.
// The embed files (embed.js, embed.html, resizer.js) are listed apart.
//   node scripts/sizes.mjs [dist]
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const args = process.argv.slice(2);
const at = args.indexOf("--max-gzip");
const max = at >= 0 ? Number(args.splice(at, 2)[1]) : Infinity;
const dir = args[0] ?? "dist";
let raw = 0;
let gz = 0;
const rows = [];
const embed = new Set(["embed.js", "embed.html", "resizer.js"]);
for (const name of readdirSync(dir).sort()) {
  if (!/\.(wasm|js|css|html)$/.test(name) || embed.has(name)) continue;
  const bytes = readFileSync(join(dir, name));
  const z = gzipSync(bytes, { level: 9 }).length;
  raw += bytes.length;
  gz += z;
  rows.push(`${name.padEnd(44)} ${String(bytes.length).padStart(8)} ${String(z).padStart(8)}`);
}
console.log(`${"file".padEnd(44)} ${"raw".padStart(8)} ${"gzip".padStart(8)}`);
for (const r of rows) console.log(r);
console.log(`${"total".padEnd(44)} ${String(raw).padStart(8)} ${String(gz).padStart(8)}`);
for (const name of embed) {
  try {
    const bytes = readFileSync(join(dir, name));
    console.log(`(embed) ${name.padEnd(36)} ${String(bytes.length).padStart(8)} ${String(gzipSync(bytes, { level: 9 }).length).padStart(8)}`);
  } catch {
    /* not built */
  }
}
if (gz > max) {
  console.error(`size budget: the page transfers ${gz} bytes gzip, over the ${max} allowed`);
  process.exit(1);
}

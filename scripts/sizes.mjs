// What the standalone page (index.html) transfers, file by file, raw and gzip -9,
// and the bytes a reader downloads before they can answer the first question:
// the page, the JS glue, the WASM, the deck's index and one chunk of questions
// (the largest: a run's first question needs exactly one). The rest of the deck's
// chunks, sw.js and the embed files are listed apart.
// With --max-first-answer N it fails (exit 1) when those bytes exceed N: a
// ratchet, lowered as the performance work cuts, never raised without a reason.
//   node scripts/sizes.mjs [dist] [--max-first-answer N]
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const args = process.argv.slice(2);
const at = args.indexOf("--max-first-answer");
const max = at >= 0 ? Number(args.splice(at, 2)[1]) : Infinity;
const dir = args[0] ?? "dist";
const names = readdirSync(dir).sort();
const size = (name) => {
  const bytes = readFileSync(join(dir, name));
  return { name, raw: bytes.length, gz: gzipSync(bytes, { level: 9 }).length };
};
const row = (f) => `${f.name.padEnd(44)} ${String(f.raw).padStart(8)} ${String(f.gz).padStart(8)}`;

const chunks = names.filter((n) => /^deck-[0-9a-f]+\.json$/.test(n)).map(size);
const largest = chunks.reduce((a, b) => (b.gz > (a?.gz ?? -1) ? b : a), null);
const first = [
  ...names.filter((n) => n === "index.html" || /^llm-quiz-[0-9a-f]+(_bg\.wasm|\.js)$/.test(n)),
  ...names.filter((n) => /^deck-index-[0-9a-f]+\.json$/.test(n)),
].map(size);
if (largest) first.push({ ...largest, name: `${largest.name} (1 chunk)` });

console.log(`${"before the first answer".padEnd(44)} ${"raw".padStart(8)} ${"gzip".padStart(8)}`);
for (const f of first) console.log(row(f));
const total = first.reduce((t, f) => ({ raw: t.raw + f.raw, gz: t.gz + f.gz }), { raw: 0, gz: 0 });
console.log(row({ name: "total", ...total }));
const deck = chunks.reduce((t, f) => ({ raw: t.raw + f.raw, gz: t.gz + f.gz }), { raw: 0, gz: 0 });
console.log(row({ name: `(later) all ${chunks.length} chunks of the deck`, ...deck }));
for (const name of ["sw.js", "embed.js", "embed.html", "resizer.js"].filter((n) => names.includes(n))) {
  console.log(row({ ...size(name), name: `(apart) ${name}` }));
}
if (total.gz > max) {
  console.error(`size budget: ${total.gz} bytes gzip before the first answer, over the ${max} allowed`);
  process.exit(1);
}

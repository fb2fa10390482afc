// The byte budget of issue #8, as a test: the standalone page (what scripts/sizes.mjs
// counts: every .wasm/.js/.css/.html of dist/ except the embed files) must transfer at
// most 90 KB gzip. Deterministic (gzip level 9 of the built files), so unlike the
// timings it can fail a build. Exits 1 when over.
//   node bench/budget.mjs [dist] [--max 90000]
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

/** 90 KB, in bytes (decimal kilobytes, like the sizes in the README). */
export const MAX_GZIP = 90_000;
const EMBED = new Set(["embed.js", "embed.html", "resizer.js"]);

/** The page's files in `dist` with raw and gzip sizes, and their totals. */
export function budget(dist = "dist", max = MAX_GZIP) {
  const files = readdirSync(dist)
    .filter((name) => /\.(wasm|js|css|html)$/.test(name) && !EMBED.has(name))
    .sort()
    .map((name) => {
      const bytes = readFileSync(join(dist, name));
      return { name, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    });
  const raw = files.reduce((n, f) => n + f.raw, 0);
  const gzip = files.reduce((n, f) => n + f.gzip, 0);
  return { files, raw, gzip, max, pass: gzip <= max };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const at = args.indexOf("--max");
  const max = at >= 0 ? Number(args.splice(at, 2)[1]) : MAX_GZIP;
  const result = budget(args[0] ?? "dist", max);
  for (const f of result.files) console.log(`${f.name.padEnd(44)} ${String(f.raw).padStart(8)} ${String(f.gzip).padStart(8)}`);
  const verdict = result.pass ? "within" : "OVER";
  console.log(`page: ${result.gzip} bytes gzip (${result.raw} raw), ${verdict} the budget of ${max}`);
  if (!result.pass) process.exit(1);
}

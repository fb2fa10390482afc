// The benchmark's static server, on 127.0.0.1 only. Unlike tests/e2e/serve.mjs it
// sends text and WASM gzip-compressed (`content-encoding: gzip`, level 9, computed once
// per file and cached), as any real static host does, so that the throttled network
// and Resource Timing see realistic transfer sizes.
//   /quiz/…   the built dist/ (index.html?deck=<url> loads a custom deck, see below)
//   /floor/…  the plain-HTML floor pages (bench/make-floor.mjs)
//   /quizdown/… the quizdown-js page and its quizdown.js (bench/make-quizdown.mjs)
//   /decks/…  bench/.out/*.json (the generated decks); /decks/default.json is questions.json
// Usable alone: node bench/serve.mjs [--dist dist] [--port 4180]
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { TYPES } from "../scripts/mime.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));
const COMPRESS = new Set([".html", ".js", ".css", ".wasm", ".json", ".svg", ".webmanifest"]);

/**
 * Starts the server; resolves to { origin, close() }.
 * `port` 0 picks a free port.
 */
export async function startServer({
  dist = "dist",
  floor = join(here, ".out/floor"),
  quizdown = join(here, ".out/quizdown"),
  decks = join(here, ".out"),
  port = 0,
} = {}) {
  const mounts = [
    ["/quiz/", resolve(dist)],
    ["/floor/", resolve(floor)],
    ["/quizdown/", resolve(quizdown)],
    ["/decks/", resolve(decks)],
  ];
  const cache = new Map(); // file → { mtimeMs, raw, gz }

  async function load(file) {
    const { mtimeMs } = await stat(file);
    const hit = cache.get(file);
    if (hit && hit.mtimeMs === mtimeMs) return hit;
    const raw = await readFile(file);
    const entry = { mtimeMs, raw, gz: COMPRESS.has(extname(file)) ? gzipSync(raw, { level: 9 }) : null };
    cache.set(file, entry);
    return entry;
  }

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const mount = mounts.find(([base]) => url.pathname.startsWith(base));
    if (!mount) return res.writeHead(404).end("not found");
    const [base, root] = mount;
    const rel = normalize(decodeURIComponent(url.pathname.slice(base.length)));
    if (rel.startsWith("..")) return res.writeHead(403).end();
    let file = base === "/decks/" && rel === "default.json" ? resolve(here, "../questions.json") : join(root, rel);
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      let { raw, gz } = await load(file);
      // The standalone page reads its options from data-* attributes of #llm-quiz, not
      // from the query string: for index.html?deck=<url> we add data-deck="<url>", the
      // way an author would host a custom deck. (Harmless if the page ever reads the
      // query itself: the same URL.) Only for the widget's page, not the floor.
      const deck = url.searchParams.get("deck");
      if (base === "/quiz/" && file.endsWith("index.html") && deck) {
        const attr = deck.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);
        // The prerendered first screen is the embedded deck's: an author's page for
        // another deck does not have it, so it goes (the app renders the deck's own).
        raw = Buffer.from(
          raw
            .toString("utf8")
            .replace(/<template shadowrootmode="open">[\s\S]*?<\/template>/, "")
            .replace('<div id="llm-quiz"', `<div id="llm-quiz" data-deck="${attr}"`),
        );
        gz = gzipSync(raw, { level: 9 });
      }
      const wantsGzip = /\bgzip\b/.test(req.headers["accept-encoding"] ?? "");
      const body = gz && wantsGzip ? gz : raw;
      res.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "content-length": body.length,
        "cache-control": "no-store",
        ...(body === gz ? { "content-encoding": "gzip", vary: "accept-encoding" } : {}),
      });
      res.end(req.method === "HEAD" ? undefined : body);
    } catch {
      res.writeHead(404).end("not found");
    }
  });
  await new Promise((ok) => server.listen(port, "127.0.0.1", ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, close: () => new Promise((ok) => server.close(ok)) };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : fallback;
  };
  const { origin } = await startServer({ dist: opt("dist", "dist"), port: Number(opt("port", "4180")) });
  console.log(`serving ${origin}/quiz/ , ${origin}/floor/ , ${origin}/quizdown/ , ${origin}/decks/`);
}

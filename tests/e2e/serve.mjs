// A tiny static server for the built dist/, mounted under a sub-path (as on
// project-pages hosting), bound to 127.0.0.1 only. No dependencies. The repo's
// examples/ folder is also served, under /examples/ (next to dist/ at /quiz/).
//   node tests/e2e/serve.mjs [--dir dist] [--base /quiz/] [--port 4173]
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { TYPES } from "../../scripts/mime.mjs";

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const root = resolve(opt("dir", "dist"));
const base = opt("base", "/quiz/");
const port = Number(opt("port", "4173"));
const examples = { root: fileURLToPath(new URL("../../examples", import.meta.url)), base: "/examples/" };

createServer(async (req, res) => {
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  const mount = url.pathname.startsWith(examples.base) ? examples : { root, base };
  if (!url.pathname.startsWith(mount.base)) {
    res.writeHead(404).end("not under " + base);
    return;
  }
  let rel = normalize(decodeURIComponent(url.pathname.slice(mount.base.length)));
  if (rel.startsWith("..")) {
    res.writeHead(403).end();
    return;
  }
  let file = join(mount.root, rel);
  try {
    if ((await stat(file)).isDirectory()) file = join(file, "index.html");
    const body = await readFile(file);
    res.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "cache-control": "no-cache",
    });
    res.end(body);
  } catch {
    res.writeHead(404).end("not found");
  }
}).listen(port, "127.0.0.1", () => {
  console.log(`serving ${root} at http://127.0.0.1:${port}${base}`);
});

// Trunk post_build hook: the build's finishing steps, one after another (Trunk runs
// the hooks of one stage side by side, and each step reads what the one before wrote):
//   1. prerender (src/bin/prerender.rs, on the host): the deck files, the first screen
//      into index.html and first-screen-<hash>.html;
//   2. embed-hook.mjs: embed.js (+ embed.html, resizer.js);
//   3. sw-hook.mjs: sw.js, listing the final files.
// Runs with cwd = repo root and TRUNK_STAGING_DIR = the folder that becomes dist/.
//   node scripts/post-build.mjs [dir]
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? "dist";
process.env.TRUNK_STAGING_DIR = dir;

const cargo = spawnSync(
  "cargo",
  ["run", "--quiet", "--offline", "--bin", "prerender", "--", join(dir, "index.html")],
  { stdio: "inherit" },
);
if (cargo.status !== 0) {
  console.error("post-build: prerendering the first screen failed");
  process.exit(1);
}
await import("./embed-hook.mjs");
await import("./sw-hook.mjs");

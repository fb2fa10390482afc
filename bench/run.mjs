// The performance benchmark (issue #8). Drives headless Chromium through Playwright and
// the Chrome DevTools Protocol; builds nothing unless --build is given.
//   node bench/run.mjs [--runs 7] [--dist dist] [--profile mobile|desktop|both] [--build] [--pages a,b]
// Prints a table (medians of --runs runs, each in a fresh browser context) and writes
// every run's raw numbers to bench/.out/results-<date>.json. See bench/README.md for
// what each number means and how it is measured.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { writeDeck } from "./gen-deck.mjs";
import { writeFloor } from "./make-floor.mjs";
import { writeQuizdown } from "./make-quizdown.mjs";
import { startServer } from "./serve.mjs";
import { budget } from "./budget.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));
const repo = resolve(here, "..");
const out = join(here, ".out");

// ---------------------------------------------------------------- options
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] && !args[i + 1].startsWith("--") ? args[i + 1] : fallback;
};
const RUNS = Number(opt("runs", "7"));
const DIST = resolve(opt("dist", join(repo, "dist")));
const WHICH = opt("profile", "both");
if (!(RUNS >= 1) || !["mobile", "desktop", "both"].includes(WHICH)) {
  console.error("usage: node bench/run.mjs [--runs 7] [--dist dist] [--profile mobile|desktop|both] [--build] [--pages a,b]");
  process.exit(2);
}
if (args.includes("--build")) {
  execFileSync("trunk", ["build", "--release"], {
    cwd: repo,
    stdio: "inherit",
    env: { ...process.env, PATH: `${repo}/node_modules/.bin:${process.env.HOME}/.cargo/bin:${process.env.PATH}` },
  });
}
if (!existsSync(join(DIST, "index.html"))) {
  console.error(`no build in ${DIST}: run \`trunk build --release\` first (or pass --build)`);
  process.exit(2);
}

// ---------------------------------------------------------------- profiles and pages
const PROFILES = {
  // A mid-range phone on a slow 4G link (Lighthouse's "slow 4G" numbers).
  mobile: {
    context: { viewport: { width: 360, height: 640 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
    cpu: 4,
    network: { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 },
  },
  desktop: { context: { viewport: { width: 1280, height: 800 } }, cpu: 1, network: null },
};
const profiles = WHICH === "both" ? ["mobile", "desktop"] : [WHICH];

const DECK_10K = "/decks/deck-10k.json";
const DECK_DEFAULT = "/decks/default.json"; // questions.json, served as a custom deck
const PAGES = {
  app: { path: "/quiz/" },
  floor: { path: "/floor/" },
  app10k: { path: `/quiz/index.html?deck=${DECK_10K}`, deck: DECK_10K },
  floor10k: { path: `/floor/custom.html?deck=${DECK_10K}`, deck: DECK_10K },
  // The default deck through the custom-deck path: the like-for-like baseline for the
  // 10k deck's "fetched → start screen" time.
  appDefaultCustom: { path: `/quiz/index.html?deck=${DECK_DEFAULT}`, deck: DECK_DEFAULT },
  // The "first question" pass (measureFirst): navigation → the first question's options
  // take a click, Start pressed as soon as it works; and the bytes fetched until then.
  appFirst: { path: "/quiz/", first: "first-start" },
  floorFirst: { path: "/floor/", first: "first-start" },
  // quizdown-js (bench/make-quizdown.mjs): no Start button, its first question shows
  // on its own after `load`.
  quizdown: { path: "/quizdown/", first: "first" },
};

// --pages a,b,…: only these pages (for a quick look; the table shows n/a for the rest).
const ONLY = opt("pages", null)?.split(",");
if (ONLY?.some((p) => !(p in PAGES))) {
  console.error(`--pages: one of ${Object.keys(PAGES).join(", ")}`);
  process.exit(2);
}
const RUN_PAGES = ONLY ?? Object.keys(PAGES);

const CHROMIUM_ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];
const TIMEOUT = 60_000;
const SETTLE_MS = 500; // start-up = navigation → interactive + this (long tasks counted in it)

/**
 * Waits in the page (no polling from here, which would load the throttled CPU) for the
 * probe's mark `name`; resolves to null, or to the error panel's text if one shows first
 * (`withAlert`). Fails after TIMEOUT instead of waiting for ever (a lost click).
 * `parsed`: also wait for DOMContentLoaded: a page's Start works only once its scripts
 * have run (the floor's listener is added by the script after the inlined deck).
 */
async function until(page, name, { withAlert = false, parsed = false } = {}) {
  const result = await page.evaluate(
    ({ name, withAlert, parsed, timeout }) => {
      const B = window.__bench;
      const dcl = new Promise((ok) => (document.readyState === "loading" ? addEventListener("DOMContentLoaded", () => setTimeout(ok), { once: true }) : ok()));
      const mark = Promise.all([B.until(name), parsed ? dcl : null]).then(() => null);
      const alert = withAlert ? B.until("alert").then(() => ({ alert: B.alertText })) : new Promise(() => {});
      const late = new Promise((ok) => setTimeout(() => ok({ timeout: true }), timeout));
      return Promise.race([mark, alert, late]);
    },
    { name, withAlert, parsed, timeout: TIMEOUT },
  );
  if (result?.timeout) throw new Error(`timeout: no ${name} after ${TIMEOUT} ms`);
  if (result?.alert !== undefined) throw new Error(`error panel: ${result.alert}`);
}

// ---------------------------------------------------------------- one measured page load
async function measure(browser, origin, profileName, pageName) {
  const profile = PROFILES[profileName];
  const spec = PAGES[pageName];
  if (spec.first) return measureFirst(browser, origin, profile, spec);
  const context = await browser.newContext({ ...profile.context, serviceWorkers: "block" });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT);
    await page.addInitScript({ path: join(here, "probe.js") });
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    if (profile.network) await cdp.send("Network.emulateNetworkConditions", profile.network);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: profile.cpu });
    await cdp.send("Performance.enable");

    await page.goto(origin + spec.path, { waitUntil: "commit" });
    // Until Start works (the probe's startFree, and the page's scripts have run: see
    // "interactive" below); a deck error panel (role=alert) ends the run at once.
    await until(page, "startFree", { withAlert: true, parsed: true });
    await until(page, "startPainted");
    await page.waitForTimeout(SETTLE_MS);

    const load = await page.evaluate(
      ({ deck, settle }) => {
        const B = window.__bench;
        const nav = performance.getEntriesByType("navigation")[0];
        const interactive = Math.max(B.marks.startFree, nav.domContentLoadedEventEnd);
        const startup = B.longtasks.filter((t) => t.start < interactive + settle);
        const fcp = performance.getEntriesByName("first-contentful-paint")[0];
        const measure = (name) => {
          const e = performance.getEntriesByName(name);
          return e.length ? e[e.length - 1].duration : null;
        };
        const deckEntry = deck && performance.getEntriesByType("resource").find((r) => r.name.endsWith(deck));
        const kind = (url) => {
          const ext = new URL(url).pathname.match(/\.(\w+)$/)?.[1] ?? "html";
          return { svg: "img", png: "img", webmanifest: "other" }[ext] ?? ext;
        };
        const resources = [nav, ...performance.getEntriesByType("resource")].map((r) => ({
          url: r.name,
          type: r === nav ? "html" : kind(r.name),
          transfer: r.transferSize,
          encoded: r.encodedBodySize,
          decoded: r.decodedBodySize,
        }));
        return {
          fcp: fcp ? fcp.startTime : null,
          lcp: B.lcp.length ? B.lcp[B.lcp.length - 1] : null,
          startInserted: B.marks.startInserted,
          startPainted: B.marks.startPainted,
          // The first screen, prerendered static HTML included.
          screenPainted: B.marks.screenPainted ?? B.marks.startPainted,
          interactive,
          longtaskCount: startup.length,
          longtaskMax: startup.reduce((m, t) => Math.max(m, t.duration), 0),
          longtaskTotal: startup.reduce((m, t) => m + t.duration, 0),
          // The widget's own User Timing measures (absent in builds without them).
          measureDeck: measure("llm-quiz:deck") ?? measure("floor:deck"),
          measureRender: measure("llm-quiz:render"),
          // External: the deck's response fully received → the Start button inserted.
          deckToStart: deckEntry ? B.marks.startInserted - deckEntry.responseEnd : null,
          deckFetch: deckEntry ? deckEntry.responseEnd - deckEntry.startTime : null,
          resources,
        };
      },
      { deck: spec.deck ?? null, settle: SETTLE_MS },
    );

    // Start → the first question on screen.
    await page.evaluate(() => window.__bench.arm("question"));
    await page.getByRole("button", { name: "Start", exact: true }).click();
    await until(page, "questionPainted");
    const group = page.getByRole("group");
    await group.getByRole("radio").or(group.getByRole("checkbox")).first().check();

    // Check → the verdict painted.
    await page.evaluate(() => window.__bench.arm("verdict"));
    await page.getByRole("button", { name: "Check" }).click();
    await until(page, "verdictPainted");
    await page.getByRole("status").filter({ hasText: /Correct\.|Not quite/ }).waitFor();
    await page.waitForTimeout(200); // Event Timing entries arrive after the paint
    const click = await page.evaluate(() => {
      const { marks, events } = window.__bench;
      // The interaction's entries (pointerdown … click), from its pointerdown on.
      const mine = events.filter((e) => e.start >= (marks.verdictPress ?? marks.verdictClick) - 1);
      const clickEntry = mine.find((e) => e.name === "click");
      return {
        startToQuestion: marks.questionPainted - marks.questionClick,
        clickToVerdict: marks.verdictPainted - marks.verdictClick,
        clickToVerdictDom: marks.verdictInserted - marks.verdictClick,
        // null: every entry of the interaction was under the 16 ms reporting threshold.
        eventDuration: mine.length ? Math.max(...mine.map((e) => e.duration)) : null,
        eventProcessing: clickEntry ? clickEntry.processingEnd - clickEntry.start : null,
        wasmMemory: window.__bench.memories.length ? window.__bench.wasmBytes() : null,
      };
    });

    // Memory after one answered question, after a full GC.
    await cdp.send("HeapProfiler.collectGarbage");
    const { metrics } = await cdp.send("Performance.getMetrics");
    const jsHeap = metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? null;
    return { ok: true, ...load, ...click, jsHeap };
  } catch (e) {
    return { ok: false, error: String(e.message ?? e).split("\n")[0] };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------- the first question
/**
 * One cold load for "interactive (first question)": the probe presses Start in the page
 * as soon as it works (no harness round trip), then marks when the first question's
 * options take a click. A trusted Playwright click on the first option then checks that
 * they do. The CDP network log gives the bytes received (gzip, with headers) until then.
 */
async function measureFirst(browser, origin, profile, spec) {
  const context = await browser.newContext({ ...profile.context, serviceWorkers: "block" });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT);
    await page.addInitScript((mode) => (window.__benchMode = mode), spec.first);
    await page.addInitScript({ path: join(here, "probe.js") });
    const cdp = await context.newCDPSession(page);
    const net = new Map(); // requestId → { url, sent, wall, status, finished, bytes, failed, chunks }
    const entry = (id) => net.get(id) ?? net.set(id, { chunks: [] }).get(id);
    cdp.on("Network.requestWillBeSent", (e) => {
      const r = entry(e.requestId);
      Object.assign(r, { url: e.request.url, sent: e.timestamp, wall: e.wallTime, type: e.type });
    });
    cdp.on("Network.responseReceived", (e) => {
      const r = entry(e.requestId);
      r.status = e.response.status;
      r.responded = e.timestamp;
      r.headersBytes = e.response.encodedDataLength;
    });
    cdp.on("Network.dataReceived", (e) => entry(e.requestId).chunks.push([e.timestamp, e.encodedDataLength]));
    cdp.on("Network.loadingFinished", (e) => Object.assign(entry(e.requestId), { finished: e.timestamp, bytes: e.encodedDataLength }));
    cdp.on("Network.loadingFailed", (e) => Object.assign(entry(e.requestId), { failed: e.timestamp, error: e.errorText }));
    await cdp.send("Network.enable");
    if (profile.network) await cdp.send("Network.emulateNetworkConditions", profile.network);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: profile.cpu });

    await page.goto(origin + spec.path, { waitUntil: "commit" });
    await until(page, "optionsFree", { withAlert: true });
    const marks = await page.evaluate(() => {
      const B = window.__bench;
      const nav = performance.getEntriesByType("navigation")[0];
      const at = Math.max(B.marks.optionsFree, nav.domContentLoadedEventEnd);
      // Resource Timing's view of the same (a cross-check of the network log): every
      // response complete by then, transferSize = gzip body + headers.
      const done = [nav, ...performance.getEntriesByType("resource")].filter((r) => r.responseEnd <= at);
      return {
        firstQuestion: at,
        optionsReady: B.marks.optionsReady,
        firstPress: B.marks.firstPress ?? null,
        optionsCount: B.optionsCount,
        timeOrigin: performance.timeOrigin,
        navResponseEnd: nav.responseEnd,
        rtBytes: done.reduce((n, r) => n + r.transferSize, 0),
        rtRequests: done.length,
      };
    });

    // A real (trusted) click on the first option must select it.
    const option = page.locator("input[type=radio], input[type=checkbox]").first();
    if (await option.isVisible()) await option.check();
    else await page.locator("label:has(input[type=radio]), label:has(input[type=checkbox])").first().click();
    const picked = await page.evaluate(() => {
      const roots = [document, ...[...document.querySelectorAll("*")].map((e) => e.shadowRoot).filter(Boolean)];
      return roots.some((r) => r.querySelector("input[type=radio]:checked, input[type=checkbox]:checked"));
    });
    if (!picked) throw new Error("a click on the first option did not select it");

    // The network log on the page's clock: CDP timestamps are monotonic seconds; the
    // navigation request's wallTime pairs one with the wall clock, which
    // performance.timeOrigin (navigation start) is on.
    const all = [...net.values()].filter((r) => r.url && !r.url.startsWith("data:"));
    const navReq = all.find((r) => r.type === "Document" && r.wall);
    if (!navReq) throw new Error("no navigation request in the network log");
    const toPage = (ts) => (navReq.wall + (ts - navReq.sent)) * 1000 - marks.timeOrigin;
    const cut = marks.firstQuestion;
    let bytesFirst = 0;
    let partial = 0;
    const counted = [];
    for (const r of all) {
      if (r.finished !== undefined && toPage(r.finished) <= cut) {
        bytesFirst += r.bytes;
        counted.push({ url: r.url, bytes: r.bytes, end: toPage(r.finished) });
      } else if (toPage(r.sent) <= cut) {
        // Still in flight at that moment: its headers if they had arrived. (Chromium's
        // Network.dataReceived reports encodedDataLength 0: a response's gzip bytes are
        // known only once it completes, so a partial body is not counted.)
        const headers = r.responded !== undefined && toPage(r.responded) <= cut ? (r.headersBytes ?? 0) : 0;
        const body = r.chunks.filter(([t]) => toPage(t) <= cut).reduce((n, [, b]) => n + b, 0);
        partial += headers + body;
        counted.push({
          url: r.url,
          bytes: headers + body,
          partial: true,
          dataEvents: r.chunks.length,
          end: r.finished !== undefined ? toPage(r.finished) : null,
        });
      }
    }
    return {
      ok: true,
      firstQuestion: marks.firstQuestion,
      optionsReady: marks.optionsReady,
      firstPress: marks.firstPress,
      pressToOptions: marks.firstPress === null ? null : marks.firstQuestion - marks.firstPress,
      optionsCount: marks.optionsCount,
      bytesFirst: bytesFirst + partial,
      bytesFirstPartial: partial,
      requestsFirst: counted.length,
      inflightFirst: counted.filter((r) => r.partial).length,
      // Their bytes once complete: what was competing for the link at that moment.
      inflightFirstBytes: all
        .filter((r) => toPage(r.sent) <= cut && !(r.finished !== undefined && toPage(r.finished) <= cut))
        .reduce((n, r) => n + (r.bytes ?? 0), 0),
      // The two clocks' agreement: the document's response end, CDP vs Resource Timing.
      clockCheck: navReq.finished !== undefined ? toPage(navReq.finished) - marks.navResponseEnd : null,
      bytesFirstRT: marks.rtBytes,
      requestsFirstRT: marks.rtRequests,
      bytesAll: all.reduce((n, r) => n + (r.bytes ?? 0), 0),
      requestsFirstList: counted,
    };
  } catch (e) {
    return { ok: false, error: String(e.message ?? e).split("\n")[0] };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------- statistics
/** Median/min/max of the numbers; null values (below a reporting threshold) rank lowest. */
function stats(values) {
  const v = values.filter((x) => x !== undefined);
  if (!v.length) return null;
  const sorted = [...v].sort((a, b) => (a ?? -Infinity) - (b ?? -Infinity));
  const mid = sorted.length >> 1;
  const a = sorted[mid - (sorted.length % 2 ? 0 : 1)];
  const b = sorted[mid];
  const median = a === null || b === null ? (b === null ? null : b) : (a + b) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], n: v.length };
}

const sumBy = (resources, field, pred = () => true) => resources.filter(pred).reduce((n, r) => n + r[field], 0);
/** Derived per-run numbers, all flat, so every metric is stats() of one field. */
function flatten(run, deck) {
  if (!run.ok || !run.resources) return run;
  const res = run.resources;
  const notDeck = (r) => !deck || !r.url.endsWith(deck);
  return {
    ...run,
    transferPage: sumBy(res, "transfer", notDeck),
    encodedPage: sumBy(res, "encoded", notDeck),
    decodedPage: sumBy(res, "decoded", notDeck),
    transferDeck: deck ? sumBy(res, "transfer", (r) => !notDeck(r)) : null,
    decodedDeck: deck ? sumBy(res, "decoded", (r) => !notDeck(r)) : null,
    // Parse + validate + first render: the widget's measures when present, else external.
    deckReady: run.measureDeck !== null && run.measureRender !== null ? run.measureDeck + run.measureRender : run.deckToStart,
    deckReadySource: run.measureDeck !== null && run.measureRender !== null ? "measures" : "external",
  };
}

// ---------------------------------------------------------------- the run
const date = new Date().toISOString().replace(/[:.]/g, "-").slice(0, 19);
mkdirSync(out, { recursive: true });
const deckBytes = writeDeck(join(out, "deck-10k.json"), 10_000);
writeFloor(join(repo, "questions.json"), join(out, "floor"));
const quizdownVersion = writeQuizdown(join(repo, "questions.json"), join(out, "quizdown")).version;
const size = budget(DIST);
const floorSize = (() => {
  const html = readFileSync(join(out, "floor/index.html"));
  return { raw: html.length, gzip: gzipSync(html, { level: 9 }).length };
})();
// The quizdown page's files: index.html (the deck inlined as markdown) + quizdown.js.
const quizdownSize = (() => {
  const files = ["index.html", "quizdown.js"].map((f) => readFileSync(join(out, "quizdown", f)));
  return {
    version: quizdownVersion,
    raw: files.reduce((n, b) => n + b.length, 0),
    gzip: files.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0),
  };
})();

const loadBefore = loadavg()[0];
const server = await startServer({ dist: DIST });
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
const raw = {}; // raw[profile][page] = [run, …]
const t0 = Date.now();
try {
  for (const p of profiles) {
    raw[p] = Object.fromEntries(RUN_PAGES.map((k) => [k, []]));
    // Interleaved (app, floor, app10k, … then again), so that drift in the machine's
    // load spreads over every page instead of landing on one.
    for (let i = 0; i < RUNS; i++) {
      for (const name of RUN_PAGES) {
        const run = flatten(await measure(browser, server.origin, p, name), PAGES[name].deck);
        raw[p][name].push(run);
        process.stderr.write(run.ok ? "." : `\n${p} ${name} run ${i + 1} failed: ${run.error}\n`);
      }
    }
    process.stderr.write(` ${p} done (${Math.round((Date.now() - t0) / 1000)} s)\n`);
  }
} finally {
  await browser.close();
  await server.close();
}

// Other work on the machine shows up in every timing: say how busy it was.
const load = { before: loadBefore, after: loadavg()[0], cores: cpus().length };
const summary = (p, name, field) => stats((raw[p]?.[name] ?? []).filter((r) => r.ok).map((r) => r[field]));

// ---------------------------------------------------------------- the table
const ms = (v) => (v === null ? "n/a" : `${Math.round(v)} ms`);
// Event Timing reports only entries of 16 ms or more: no entry means "under 16 ms".
const evt = (v) => (v === null ? "<16" : ms(v));
const kb = (v) => (v === null ? "n/a" : `${(v / 1000).toFixed(1)} KB`);
const mb = (v) => (v === null ? "n/a" : `${(v / 1e6).toFixed(1)} MB`);
const n = (v) => (v === null ? "n/a" : String(Math.round(v)));

// Each row: label, ours page, floor page, field, format, optionally a target:
// { text, profiles (which columns it is judged on), pass(median, floorMedian) } (or
// null), and optionally the quizdown page measured the same way.
const ROWS = [
  ["Default deck (embedded), page load"],
  ["transferred (gzip on the wire)", "app", "floor", "transferPage", kb],
  ["decoded (raw)", "app", "floor", "decodedPage", kb],
  ["first contentful paint", "app", "floor", "fcp", ms],
  ["first screen painted (title, count, Start)", "app", "floor", "screenPainted", ms,
    { text: "≤ 1.1× floor", profiles: ["mobile", "desktop"], pass: (v, f) => v <= 1.1 * f }],
  ["largest contentful paint", "app", "floor", "lcp", ms],
  ["interactive (Start works)", "app", "floor", "interactive", ms,
    { text: "≤ 1000 ms mobile", profiles: ["mobile"], pass: (v) => v <= 1000 }],
  ["long tasks in start-up (count)", "app", "floor", "longtaskCount", n],
  ["longest task in start-up", "app", "floor", "longtaskMax", ms,
    { text: "none > 50 ms", profiles: ["mobile", "desktop"], pass: (v) => v <= 50 }],
  ["click Start → question painted", "app", "floor", "startToQuestion", ms],
  ["click Check → verdict painted", "app", "floor", "clickToVerdict", ms,
    { text: "≤ 16 ms at 4× CPU", profiles: ["mobile"], pass: (v) => v <= 16 }],
  ["  Event Timing duration (input → paint)", "app", "floor", "eventDuration", evt],
  ["  Event Timing click processing", "app", "floor", "eventProcessing", evt],
  ["JS heap used (after GC)", "app", "floor", "jsHeap", mb],
  ["WASM memory", "app", null, "wasmMemory", mb],
  ["llm-quiz:deck + llm-quiz:render (if built in)", "app", null, "deckReady", ms],
  ["10,000-question custom deck"],
  ["deck transferred (gzip)", "app10k", "floor10k", "transferDeck", kb],
  ["parse+validate+render (deck ready → Start)", "app10k", "floor10k", "deckReady", ms,
    { text: "≤ 300 ms at 1× CPU", profiles: ["desktop"], pass: (v) => v <= 300 }],
  ["  llm-quiz:deck (parse + validate)", "app10k", "floor10k", "measureDeck", ms],
  ["  llm-quiz:render (→ start screen)", "app10k", null, "measureRender", ms],
  ["  same, default deck via ?deck=", "appDefaultCustom", null, "deckReady", ms],
  ["first screen painted", "app10k", "floor10k", "screenPainted", ms],
  ["interactive (Start works)", "app10k", "floor10k", "interactive", ms],
  ["longest task in start-up", "app10k", "floor10k", "longtaskMax", ms],
  ["click Start → question painted", "app10k", "floor10k", "startToQuestion", ms],
  ["click Check → verdict painted", "app10k", "floor10k", "clickToVerdict", ms,
    { text: "≤ 16 ms (a frame)", profiles: ["mobile", "desktop"], pass: (v) => v <= 16 }],
  ["  Event Timing duration (input → paint)", "app10k", "floor10k", "eventDuration", evt],
  ["JS heap used (after GC)", "app10k", "floor10k", "jsHeap", mb],
  ["WASM memory", "app10k", null, "wasmMemory", mb],
  ["First question, default deck (Start pressed as soon as it works; quizdown has none)"],
  ["interactive (first question's options take a click)", "appFirst", "floorFirst", "firstQuestion", ms, null, "quizdown"],
  ["  Start pressed → options take a click", "appFirst", "floorFirst", "pressToOptions", ms],
  ["bytes fetched until then (gzip on the wire)", "appFirst", "floorFirst", "bytesFirst", kb, null, "quizdown"],
  ["  requests until then (complete + under way)", "appFirst", "floorFirst", "requestsFirst", n, null, "quizdown"],
  ["  of which still under way", "appFirst", "floorFirst", "inflightFirst", n, null, "quizdown"],
];

const ratio = (a, b) => (a === null || b === null || b === undefined || !b ? "" : `${(a / b).toFixed(1)}×`);
const lines = [];
const cols = profiles.flatMap((p) => [`${p} ours`, "floor", "×floor", "quizdown", "×quizdown"]);
const header = ["metric (median of " + RUNS + ")", ...cols, "target", "result"];
const table = [];
for (const row of ROWS) {
  if (row.length === 1) {
    table.push({ section: row[0] });
    continue;
  }
  const [label, ours, floor, field, fmt, target, quizdown] = row;
  const cells = [];
  const verdicts = [];
  const record = { label, field, ours, floor, quizdown: quizdown ?? null, profiles: {} };
  for (const p of profiles) {
    const o = summary(p, ours, field);
    const f = floor ? summary(p, floor, field) : null;
    const q = quizdown ? summary(p, quizdown, field) : null;
    cells.push(
      o ? fmt(o.median) : "n/a",
      f ? fmt(f.median) : "",
      o && f ? ratio(o.median, f.median) : "",
      q ? fmt(q.median) : quizdown ? "n/a" : "",
      o && q ? ratio(o.median, q.median) : "",
    );
    record.profiles[p] = { ours: o, floor: f, quizdown: q };
    if (o && f && o.median !== null && f.median) record.profiles[p].ratioFloor = o.median / f.median;
    if (o && q && o.median !== null && q.median) record.profiles[p].ratioQuizdown = o.median / q.median;
    if (target && target.profiles.includes(p)) {
      const verdict = !o ? "n/a" : target.pass(o.median ?? 0, f?.median) ? "PASS" : "MISS";
      record.profiles[p].verdict = verdict;
      verdicts.push(profiles.length > 1 ? `${p[0]}:${verdict}` : verdict);
    }
  }
  record.target = target?.text ?? null;
  table.push({ cells: [label, ...cells, target?.text ?? "", verdicts.join(" ")], record });
}
// The 10k deck against the default one: the ratio of their "deck ready" medians.
const ratioRows = profiles.map((p) => {
  const big = summary(p, "app10k", "deckReady");
  const small = summary(p, "appDefaultCustom", "deckReady");
  return big && small ? big.median / small.median : null;
});

const widths = header.map((h, i) => Math.max(h.length, ...table.filter((r) => r.cells).map((r) => r.cells[i].length)));
const fmtRow = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
const sources = profiles.map((p) => `${p}: ${[...new Set((raw[p].app10k ?? []).filter((r) => r.ok).map((r) => r.deckReadySource))].join("/")}`);
lines.push(
  `llm-quiz benchmark, ${new Date().toISOString()}, ${RUNS} runs per page and profile, dist = ${DIST}`,
  `Page bytes (dist, deterministic, as scripts/sizes.mjs): ${size.gzip.toLocaleString("en")} B gzip / ${size.raw.toLocaleString("en")} B raw; ` +
    `budget ≤ ${size.max.toLocaleString("en")} B gzip: ${size.gzip <= size.max ? "PASS" : "MISS"} ` +
    `(floor page: ${floorSize.gzip.toLocaleString("en")} B gzip, ours ${(size.gzip / floorSize.gzip).toFixed(1)}×; ` +
    `quizdown ${quizdownSize.version} page, index.html with the deck + quizdown.js: ${quizdownSize.gzip.toLocaleString("en")} B gzip)`,
  `Machine: ${load.cores} cores, 1-minute load average ${load.before.toFixed(1)} before, ${load.after.toFixed(1)} after` +
    (Math.max(load.before, load.after) > load.cores ? " — busy: timings are inflated and noisy, compare with care" : ""),
  "",
  fmtRow(header),
  widths.map((w) => "-".repeat(w)).join("  "),
);
for (const r of table) lines.push(r.section ? `— ${r.section}` : fmtRow(r.cells));
lines.push(
  "",
  `10k deck ready / default deck ready (both via ?deck=): ${profiles.map((p, i) => `${p} ${ratioRows[i] === null ? "n/a" : ratioRows[i].toFixed(1) + "×"}`).join(", ")}; ` +
    `target ≤ 2×: ${profiles.map((p, i) => `${p[0]}:${ratioRows[i] !== null && ratioRows[i] <= 2 ? "PASS" : "MISS"}`).join(" ")}`,
  `"deck ready" source: ${sources.join(", ")} (measures = llm-quiz:deck + llm-quiz:render; external = deck response end → Start button inserted)`,
  `10k deck file: ${deckBytes.toLocaleString("en")} B raw. "<16": no Event Timing entry ≥ 16 ms (the API's reporting threshold).`,
  `First question: Start pressed by the probe in the task it starts to work; "bytes fetched until then" = the CDP network log's ` +
    `encodedDataLength (gzip body + headers) of the responses complete by that moment, plus the headers of those still under way.`,
);
const failures = profiles.flatMap((p) => Object.entries(raw[p]).flatMap(([name, runs]) => runs.filter((r) => !r.ok).map((r) => `${p} ${name}: ${r.error}`)));
if (failures.length) lines.push(`${failures.length} failed runs:`, ...failures.map((f) => "  " + f));
console.log(lines.join("\n"));

// Spread (min–max) per metric, for judging stability.
console.log("\nspread (min–max) of ours (and of quizdown where measured):");
const span = (s) => `${s.min === null ? "–" : Math.round(s.min)}…${s.max === null ? "–" : Math.round(s.max)}`;
for (const r of table.filter((r) => r.record)) {
  const parts = profiles.map((p) => {
    const { ours: o, quizdown: q } = r.record.profiles[p];
    return (o ? `${p} ${span(o)}` : "") + (q ? ` (quizdown ${span(q)})` : "");
  });
  console.log(`  ${r.record.label.trim().padEnd(widths[0])}  ${parts.join("   ")}  [${r.record.ours}]`);
}

let commit = null;
try {
  commit = execFileSync("git", ["rev-parse", "HEAD"], { cwd: repo, encoding: "utf8" }).trim();
} catch {
  /* not a git checkout */
}
const file = join(out, `results-${date}.json`);
writeFileSync(
  file,
  JSON.stringify(
    {
      date: new Date().toISOString(),
      commit,
      runs: RUNS,
      dist: DIST,
      distFiles: readdirSync(DIST),
      profiles: Object.fromEntries(profiles.map((p) => [p, PROFILES[p]])),
      pages: PAGES,
      size,
      floorSize,
      quizdownSize,
      load,
      deckBytes,
      table: table.map((r) => r.record ?? r),
      deckReadyRatio: Object.fromEntries(profiles.map((p, i) => [p, ratioRows[i]])),
      raw,
    },
    null,
    1,
  ),
);
console.log(`\nraw results: ${file}`);

import { chromium } from "@playwright/test";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu"] });
const ctx = await b.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: "block" });
const p = await ctx.newPage();
const cdp = await ctx.newCDPSession(p);
await cdp.send("Profiler.enable"); await cdp.send("Profiler.setSamplingInterval", { interval: 100 }); await cdp.send("Profiler.start");
await p.goto(process.argv[2]);
await p.getByRole("button", { name: "Start", exact: true }).waitFor();
const { profile } = await cdp.send("Profiler.stop");
const byId = new Map(profile.nodes.map(n => [n.id, n])); const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const clean = (n) => (n.callFrame.functionName || "(anon)").replace(/::h[0-9a-f]{16}$/, "").replace(/\[[0-9a-f]{16}\]/g, "").slice(0, 110);
// inclusive time per llm_quiz function (only counting once per sample)
const incl = new Map();
profile.samples.forEach((id, i) => { const dt = profile.timeDeltas[i] ?? 0; const seen = new Set(); let cur = id; while (cur) { const nm = clean(byId.get(cur)); if (/llm_quiz|serde_json::de::from|reconcile|candidates|due_count|score/.test(nm) && !seen.has(nm)) { seen.add(nm); incl.set(nm, (incl.get(nm) ?? 0) + dt); } cur = parent.get(cur); } });
for (const [k, v] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log((v / 1000).toFixed(1).padStart(8), k);
await b.close();

import { chromium } from "@playwright/test";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu"] });
const ctx = await b.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: "block" });
const p = await ctx.newPage();
const cdp = await ctx.newCDPSession(p);
await p.goto(process.argv[2]);
await p.waitForSelector("[data-llm-quiz-mounted]", { state: "attached" });
await p.getByRole("button", { name: "Start", exact: true }).click();
await p.getByRole("group").getByRole("radio").first().check();
await p.waitForTimeout(300);
await cdp.send("Profiler.enable");
await cdp.send("Profiler.setSamplingInterval", { interval: 50 });
await cdp.send("Profiler.start");
for (let i = 0; i < 1; i++) {
await p.getByRole("button", { name: "Check" }).click();
await p.waitForTimeout(200);
}
const { profile } = await cdp.send("Profiler.stop");
const self = new Map(); const byId = new Map(profile.nodes.map(n => [n.id, n]));
const dt = profile.timeDeltas; let total = 0;
profile.samples.forEach((id, i) => { const n = byId.get(id); const name = n.callFrame.functionName || n.callFrame.url.split("/").pop() || "(anon)"; self.set(name, (self.get(name) ?? 0) + (dt[i] ?? 0)); total += dt[i] ?? 0; });
const rows = [...self].filter(([k]) => !/idle|program/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, 40);
for (const [k, v] of rows) console.log((v / 1000).toFixed(2).padStart(8), k.slice(0, 150));
await b.close();

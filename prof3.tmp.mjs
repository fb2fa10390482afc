import { chromium } from "@playwright/test";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu"] });
const ctx = await b.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: "block" });
const p = await ctx.newPage();
const cdp = await ctx.newCDPSession(p);
const prof = async (label, f) => {
  await cdp.send("Profiler.enable"); await cdp.send("Profiler.setSamplingInterval", { interval: 100 }); await cdp.send("Profiler.start");
  const t0 = Date.now(); await f(); const wall = Date.now() - t0;
  const { profile } = await cdp.send("Profiler.stop");
  const self = new Map(); const byId = new Map(profile.nodes.map(n => [n.id, n])); const dt = profile.timeDeltas;
  profile.samples.forEach((id, i) => { const n = byId.get(id); const name = n.callFrame.functionName || n.callFrame.url.split("/").pop() || "(anon)"; self.set(name, (self.get(name) ?? 0) + (dt[i] ?? 0)); });
  console.log(`== ${label} (wall ${wall} ms)`);
  for (const [k, v] of [...self].filter(([k]) => !/idle|program/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log((v / 1000).toFixed(1).padStart(8), k.replace(/::h[0-9a-f]{16}$/, "").slice(0, 160));
};
await prof("load", async () => {
  await p.goto(process.argv[2]);
  await p.getByRole("button", { name: "Start", exact: true }).waitFor();
});
console.log(await p.evaluate(() => performance.getEntriesByType("measure").map((m) => `${m.name} ${m.duration.toFixed(1)}`).join("\n")));
await p.getByRole("button", { name: "Start", exact: true }).click();
await p.getByRole("group").getByRole("radio").first().check();
await p.waitForTimeout(300);
await prof("check", async () => { await p.getByRole("button", { name: "Check" }).click(); await p.waitForTimeout(200); });
await b.close();

import { defineConfig, devices } from "@playwright/test";

// Runs against the release build in dist/, served under a sub-path (/quiz/)
// by serve.mjs, in Debian's Chromium (never a downloaded browser).
const port = Number(process.env.E2E_PORT ?? 4173);
const chromium = {
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

export default defineConfig({
  testDir: ".",
  testMatch: "*.spec.ts",
  outputDir: ".results",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: [["list"]],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}/quiz/`,
    launchOptions: chromium,
    trace: "off",
    // The service worker is tested in offline.spec.ts; elsewhere it would serve
    // reloads from its cache and hide the network (and page.route) from tests.
    serviceWorkers: "block",
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 }, launchOptions: chromium } },
    { name: "phone", use: { ...devices["Pixel 5"], viewport: { width: 360, height: 640 }, launchOptions: chromium } },
  ],
  webServer: {
    command: `node tests/e2e/serve.mjs --dir ${process.env.E2E_DIST ?? "dist"} --base /quiz/ --port ${port}`,
    cwd: "../..",
    url: `http://127.0.0.1:${port}/quiz/`,
    reuseExistingServer: false,
    stdout: "ignore",
  },
});

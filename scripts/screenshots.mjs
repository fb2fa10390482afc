// Screenshots of the release build for the README (docs/*.png).
// Needs dist/ built and served: node tests/e2e/serve.mjs --port 4173
//   node scripts/screenshots.mjs [http://127.0.0.1:4173/quiz/]
import { chromium } from "@playwright/test";

const url = process.argv[2] ?? "http://127.0.0.1:4173/quiz/";
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});

async function shoot(name, viewport, scheme, steps) {
  const page = await browser.newPage({ viewport, colorScheme: scheme, deviceScaleFactor: 1 });
  await page.goto(url);
  await page.getByRole("button", { name: "Start", exact: true }).waitFor();
  await steps(page);
  await page.screenshot({ path: `docs/${name}.png`, fullPage: false });
  await page.close();
}

const answerFirst = async (page) => {
  await page.getByRole("button", { name: "Start", exact: true }).click();
  await page.getByRole("button", { name: "Skip" }).click();
  await page.getByRole("radio").nth(1).check();
  await page.getByRole("button", { name: "Check" }).click();
  await page.getByRole("status").filter({ hasText: /Correct|Not quite/ }).waitFor();
};

await shoot("screenshot-desktop", { width: 1280, height: 800 }, "light", answerFirst);
await shoot("screenshot-phone", { width: 390, height: 844 }, "dark", answerFirst);
await browser.close();

// Screenshots of the release build for the README (docs/*.png), at the sizes the
// product promises: 320×568, 390×844 (phones) and 1280×800; and every screen at
// 360×740 in light and dark (docs/360/<screen>-<scheme>.png).
// Needs dist/ built and served: node tests/e2e/serve.mjs --port 4173
//   node scripts/screenshots.mjs [http://127.0.0.1:4173/quiz/]
import { chromium } from "@playwright/test";

const url = process.argv[2] ?? "http://127.0.0.1:4173/quiz/";
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});

async function shoot(name, viewport, scheme, steps, query = "") {
  const touch = viewport.width < 600 ? { hasTouch: true, isMobile: true } : {};
  const context = await browser.newContext({ viewport, colorScheme: scheme, deviceScaleFactor: 1, serviceWorkers: "block", ...touch });
  const page = await context.newPage();
  await page.goto(url + query);
  await page.locator("[data-llm-quiz-mounted]").waitFor({ state: "attached" });
  await steps(page);
  await page.waitForTimeout(600); // the smooth scroll to the learner's pick
  await page.screenshot({ path: `docs/${name}.png`, fullPage: false });
  await context.close();
}

const answerSecond = async (page) => {
  await page.getByRole("button", { name: "Start", exact: true }).click();
  await page.getByRole("button", { name: "Skip" }).click();
  // The second option of the second question (radio or checkbox).
  await page.getByRole("group").first().locator("input").nth(1).check();
  await page.getByRole("button", { name: "Check" }).click();
  await page.getByRole("status").filter({ hasText: /Correct|Not quite/ }).waitFor();
};
const practice = async (page) => {
  await page.getByRole("button", { name: "Practise", exact: true }).click();
  await page.getByRole("textbox").fill("Decoder-only transformer, next-token prediction, then post-training…");
  await page.getByRole("button", { name: "Reveal answer" }).click();
  await page.getByRole("checkbox").first().check();
};

await shoot("screenshot-desktop", { width: 1280, height: 800 }, "light", answerSecond);
await shoot("screenshot-phone", { width: 390, height: 844 }, "dark", answerSecond);
await shoot("screen-320x568-start", { width: 320, height: 568 }, "light", async () => {});
await shoot("screen-320x568-question", { width: 320, height: 568 }, "light", answerSecond);
await shoot("screen-390x844-practice", { width: 390, height: 844 }, "light", practice);
await shoot("screen-1280x800-start", { width: 1280, height: 800 }, "dark", async () => {});
// Every screen on a 360 px phone, light and dark.
const button = (page, name) => page.getByRole("button", { name, exact: true });
const quizResults = async (page) => {
  await answerSecond(page);
  await button(page, "Next").click();
  await button(page, "Skip").click();
  await button(page, "See results").click();
};
const mockQuestion = async (page) => {
  await button(page, "Start mock interview").click();
  await page.getByRole("textbox").fill("Start from the traffic: tokens in and out per request, then the KV cache per sequence…");
};
const mockResults = async (page) => {
  await mockQuestion(page);
  for (let i = 0; i < 5; i++) {
    await page.getByRole("button", { name: /^(Done|I'm done)/ }).first().click();
    await page.getByRole("checkbox").first().check();
    await page.getByRole("button", { name: /^(Next question|See results)$/ }).click();
  }
};
const screens = [
  ["start", async () => {}, ""],
  ["question", answerSecond, ""],
  ["quiz-results", quizResults, "?count=3"],
  ["practice", practice, ""],
  ["mock", mockQuestion, ""],
  ["mock-results", mockResults, ""],
];
for (const scheme of ["light", "dark"]) {
  for (const [name, steps, query] of screens) {
    await shoot(`360/${name}-${scheme}`, { width: 360, height: 740 }, scheme, steps, query);
  }
}
await browser.close();

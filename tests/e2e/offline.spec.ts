// After one visit the standalone page works with the network off (service worker).
import { expect, test } from "@playwright/test";
import { deck, QuizPage } from "./quiz-page";

test.use({ serviceWorkers: "allow" });

test("after one visit the quiz loads and works offline", async ({ page, context }) => {
  const quiz = new QuizPage(page);
  await quiz.goto();
  // Wait until the service worker controls the page (it claims clients on activate).
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener("controllerchange", r, { once: true }));
    }
  });
  await context.setOffline(true);
  await page.reload();
  await expect(quiz.widget).toBeVisible();
  await quiz.start.click();
  const q = deck.questions[0];
  await quiz.answer(q, quiz.correctPicks(q));
  await expect(quiz.verdict).toHaveText("Correct.");
  await context.setOffline(false);
});

test("the page is installable: a manifest with icons, and a service worker", async ({ page, request }) => {
  await page.goto("./");
  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  expect(href).toBeTruthy();
  const manifest = await (await request.get(new URL(href ?? "", page.url()).href)).json();
  expect(manifest.display).toBe("standalone");
  expect(manifest.start_url).toBe("./");
  const sizes = manifest.icons.map((i: { sizes: string }) => i.sizes);
  expect(sizes).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  for (const icon of manifest.icons) {
    const res = await request.get(new URL(icon.src, page.url()).href);
    expect(res.status(), icon.src).toBe(200);
  }
  const sw = await (await request.get(new URL("sw.js", page.url()).href)).text();
  expect(sw).toMatch(/const CACHE = "llm-quiz-[0-9a-f]{16}"/);
  expect(sw).toContain("_bg.wasm");
});

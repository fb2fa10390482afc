// The first screen is static HTML (prerendered at build time: src/embed/prerender.rs),
// so it shows before the WASM arrives; the app takes it over without a flash or a
// layout shift, and a Start pressed in between is not lost.
import { expect, Page, Route, test } from "@playwright/test";
import { deck, IN_DECK_ORDER, QuizPage, shown } from "./quiz-page";

/** Holds the WASM response until `release()` is called. */
async function holdWasm(page: Page) {
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  await page.route("**/*.wasm", async (route: Route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** Where the first screen's landmarks are, and its visible text. */
function firstScreen(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector("#llm-quiz")!.shadowRoot!;
    const box = (sel: string) => {
      const r = root.querySelector(sel)!.getBoundingClientRect();
      return [sel, Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)];
    };
    return {
      boxes: ["h2", ".lq-meta", ".lq-modes", "button", ".lq-tools"].map(box),
      text: (root.querySelector(".lq") as HTMLElement).innerText,
    };
  });
}

test("the deck's title, size and Start are in the page before the WASM runs", async ({ page }) => {
  await page.route("**/*.wasm", (route) => route.abort());
  await page.goto("./");
  const topics = new Set(deck.questions.map((q) => q.topic)).size;
  await expect(page.getByRole("heading", { level: 2, name: shown(deck.title) })).toBeVisible();
  await expect(page.getByText(`${deck.questions.length} questions · ${topics} topics`)).toBeVisible();
  await expect(page.getByRole("button", { name: "Start", exact: true })).toBeVisible();
  await expect(page.locator("#llm-quiz[data-llm-quiz-mounted]")).toHaveCount(0);
});

test("the app takes the first screen over with no layout shift and the same text", async ({ page }) => {
  await page.addInitScript(() => {
    (window as any).__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as any[]) if (!e.hadRecentInput) (window as any).__shift += e.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
  const release = await holdWasm(page);
  await page.goto(IN_DECK_ORDER);
  await expect(page.getByRole("button", { name: "Start", exact: true })).toBeVisible();
  const before = await firstScreen(page);
  release();
  await new QuizPage(page).mounted();
  // Two frames after mounting, for any late render to land.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const after = await firstScreen(page);
  expect(after.boxes).toEqual(before.boxes);
  expect(after.text).toBe(before.text);
  expect(await page.evaluate(() => (window as any).__shift)).toBe(0);
});

test("a Start pressed before the WASM arrives opens the first question when it does", async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto(IN_DECK_ORDER);
  await page.getByRole("button", { name: "Start", exact: true }).click();
  release();
  const quiz = new QuizPage(page);
  await expect(quiz.heading(deck.questions[0])).toBeVisible();
  await expect(quiz.progress).toBeVisible();
});

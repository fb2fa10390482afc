// Storage faults, sync between tabs and widgets, closing right after an answer,
// export/import, panics: what a learner's progress must survive.
import { expect, test, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { choiceIn, deck, hostPage, questionIn, QuizPage, storageKey, stored, savedAnswer } from "./quiz-page";

const [q1, q2] = deck.questions;

async function answerFirst(quiz: QuizPage, right = true) {
  await quiz.start.click();
  await quiz.answer(q1, right ? quiz.correctPicks(q1) : quiz.wrongPicks(q1));
}

test("an unreadable saved value is moved to a backup key and can be downloaded", async ({ page }) => {
  await page.addInitScript((key) => {
    if (!sessionStorage.getItem("seeded")) {
      localStorage.setItem(key, "{{ not json");
      sessionStorage.setItem("seeded", "1");
    }
  }, storageKey);
  const quiz = new QuizPage(page);
  await quiz.goto();
  await expect(quiz.start).toBeVisible();
  await expect(quiz.notice).toContainText("could not be read, so the quiz started fresh");
  const keys = await page.evaluate(() => Object.keys(localStorage));
  const backup = keys.find((k) => k.startsWith(`${"llm-quiz:v1:"}`) && k.includes(":backup:"));
  expect(backup).toBeTruthy();
  expect(await stored(page, backup)).toBe("{{ not json");
  expect(await stored(page)).toBeNull();

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download it" }).click();
  const file = await (await download).path();
  expect(readFileSync(file, "utf8")).toBe("{{ not json");
});

test("localStorage being null runs in memory, says so, and export still works", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", { get: () => null });
  });
  const quiz = new QuizPage(page);
  await quiz.goto();
  await expect(quiz.notice).toContainText("progress lasts only while this page is open");
  await answerFirst(quiz);
  await quiz.menu.click();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export progress" }).click();
  const saved = JSON.parse(readFileSync(await (await download).path(), "utf8"));
  expect(saved.deck_id).toBe(deck.id);
  expect(savedAnswer(saved, q1.id)?.checked).toBe(true);
});

for (const name of ["QuotaExceededError", "NS_ERROR_DOM_QUOTA_REACHED"]) {
  test(`a full storage (${name}) shows a notice, the quiz goes on, and the next write retries`, async ({ page }) => {
    await page.addInitScript((errorName) => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if ((window as any).__full) throw new DOMException("full", errorName);
        return setItem.call(this, key, value);
      };
    }, name);
    const quiz = new QuizPage(page);
    await quiz.goto();
    await page.evaluate(() => ((window as any).__full = true));
    await answerFirst(quiz);
    await expect(quiz.verdict).toHaveText("Correct.");
    await expect(quiz.notice).toContainText("Storage is full");
    expect(await stored(page)).toBeNull();

    await page.evaluate(() => ((window as any).__full = false));
    await quiz.next.click();
    await expect(quiz.notice).toBeHidden();
    const saved = JSON.parse((await stored(page)) ?? "{}");
    expect(savedAnswer(saved, q1.id)?.checked).toBe(true);
    expect(saved.state.position).toBe(1);
  });
}

test("another tab's answers arrive through the storage event", async ({ context }) => {
  const a = new QuizPage(await context.newPage());
  const b = new QuizPage(await context.newPage());
  await a.goto();
  await b.goto();
  await answerFirst(a);
  // Tab B, idle on its start screen, follows tab A (which changed last) to the
  // same question, with A's answer and verdict.
  await expect(b.heading(q1)).toBeVisible();
  await expect(b.verdict).toHaveText("Correct.");
  // And back: B moves on and answers; A follows.
  await b.next.click();
  await b.answer(q2, b.wrongPicks(q2));
  await expect(a.heading(q2)).toBeVisible();
  await expect(a.verdict).toHaveText(/^Not quite/);
});

test("two widgets on one page stay in sync and leave the host's keys alone", async ({ page }) => {
  await hostPage(
    page,
    `<h1>A blog post</h1><div class="llm-quiz"></div><p id="host">Host text</p><div class="llm-quiz"></div>`,
  );
  await page.addInitScript(() => {
    if (!sessionStorage.getItem("seeded")) {
      localStorage.setItem("theme", "dark");
      localStorage.setItem("llm-quiz-host-key", "host value");
      sessionStorage.setItem("seeded", "1");
    }
  });
  await page.goto("./");
  const widgets = page.getByRole("region", { name: "LLM interview practice" });
  await expect(widgets).toHaveCount(2);
  const first = widgets.nth(0);
  const second = widgets.nth(1);
  await first.getByRole("button", { name: "Start", exact: true }).click();
  const q = await questionIn(first);
  const picks = new QuizPage(page).correctPicks(q);
  for (const i of picks) await choiceIn(first, q, i).check();
  await first.getByRole("button", { name: "Check" }).click();
  await expect(second.getByRole("status").filter({ hasText: "Correct." })).toBeVisible();

  await page.reload();
  await expect(widgets).toHaveCount(2);
  for (const w of [first, second]) await expect(w.getByRole("status").filter({ hasText: "Correct." })).toBeVisible();
  expect(await stored(page, "theme")).toBe("dark");
  expect(await stored(page, "llm-quiz-host-key")).toBe("host value");
  await expect(page.locator("#host")).toHaveText("Host text");
});

test("an answer is on disk even when the tab closes right after the click", async ({ context }) => {
  const page = await context.newPage();
  const quiz = new QuizPage(page);
  await quiz.goto();
  await quiz.start.click();
  await quiz.options(q1).nth(quiz.correctPicks(q1)[0]).check();
  await quiz.check.click();
  await page.close();

  const again = new QuizPage(await context.newPage());
  await again.goto();
  await expect(again.heading(q1)).toBeVisible();
  await expect(again.verdict).toHaveText("Correct.");
});

async function exportFile(page: Page) {
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export progress" }).click();
  const d = await download;
  expect(d.suggestedFilename()).toMatch(new RegExp(`^${deck.id}-progress-\\d{4}-\\d{2}-\\d{2}\\.json$`));
  return readFileSync(await d.path(), "utf8");
}

test("export, then import into a fresh browser, restores the progress; a bad file changes nothing", async ({ browser }) => {
  const one = await browser.newContext();
  const a = new QuizPage(await one.newPage());
  await a.goto();
  await answerFirst(a);
  await a.menu.click();
  const file = await exportFile(a.page);
  await one.close();

  const two = await browser.newContext();
  const b = new QuizPage(await two.newPage());
  await b.goto();
  const picker = b.page.getByLabel("Import progress");
  await picker.setInputFiles({ name: "garbage.json", mimeType: "application/json", buffer: Buffer.from("{ nope") });
  await expect(b.widget).toContainText("Nothing was imported. This file is not progress saved by this quiz: choose a file made with Export.");
  expect(await stored(b.page)).toBeNull();
  await expect(b.start).toBeVisible();

  await picker.setInputFiles({ name: "progress.json", mimeType: "application/json", buffer: Buffer.from(file) });
  await expect(b.widget).toContainText("Progress imported and merged.");
  await b.page.getByRole("button", { name: /^Resume — question 1 of \d+, 1 correct$/ }).click();
  await expect(b.verdict).toHaveText("Correct.");
  await two.close();
});

test("a panic replaces every widget with a short message and the host page keeps working", async ({ page }) => {
  await hostPage(
    page,
    `<main><div class="llm-quiz"></div><div class="llm-quiz"></div>
     <button id="host-btn" onclick="this.textContent='clicked'">Host button</button></main>`,
  );
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto("./");
  await expect(page.getByRole("region", { name: "LLM interview practice" })).toHaveCount(2);
  await page.evaluate(() => {
    try {
      (window as any).wasmBindings.simulatePanic();
    } catch {
      /* the panic surfaces as a trap */
    }
  });
  const alerts = page.getByRole("alert").filter({ hasText: "Something went wrong — reload the page" });
  await expect(alerts).toHaveCount(2);
  await page.getByRole("button", { name: "Host button" }).click();
  await expect(page.locator("#host-btn")).toHaveText("clicked");
  expect(errors.join("\n")).toContain("llm-quiz stopped");
});

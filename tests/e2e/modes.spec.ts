// The practice modes, as a learner uses them — each with a reload in the middle.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { deck, QuizPage, shown, stored, savedAnswerCount } from "./quiz-page";

const T0 = new Date("2026-11-26T09:00:00Z").getTime();
const DAY = 86_400_000;

async function noAxeViolations(page: Page, screen: string) {
  const result = await new AxeBuilder({ page }).analyze();
  const found = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(found, `axe on ${screen}`).toEqual([]);
}

test("practice cards: type, reveal, tick, rate — and the card comes back when due", async ({ page }) => {
  await page.clock.install({ time: T0 });
  const quiz = new QuizPage(page);
  await quiz.goto();
  await page.getByRole("button", { name: "Practise", exact: true }).click();
  const q = deck.questions[0];
  await expect(quiz.heading(q)).toBeVisible();
  const box = page.getByRole("textbox", { name: /Your answer/ });
  await box.fill("Predicts the next token; trained with cross-entropy.");

  await page.reload();
  await expect(quiz.heading(q)).toBeVisible();
  await expect(box).toHaveValue("Predicts the next token; trained with cross-entropy.");
  await page.getByRole("button", { name: "Reveal answer" }).click();
  const points = page.getByRole("group", { name: /Key points/ }).getByRole("checkbox");
  await expect(points).toHaveCount(q.key_points.length);
  await points.first().check();
  await noAxeViolations(page, "practice card, revealed");

  await page.reload();
  await expect(points.first()).toBeChecked();
  await expect(page.getByText(`1 of ${q.key_points.length} covered`)).toBeVisible();
  // Good with fewer than half the key points ticked asks once, gently.
  await page.getByRole("button", { name: /^Good/ }).click();
  await expect(quiz.widget.getByRole("alert")).toHaveText(
    `You ticked 1 of ${q.key_points.length} key points. Rate it Good anyway, or look again?`,
  );
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(quiz.heading(q)).toBeVisible();
  // Asked once: the second Good rates.
  await page.getByRole("button", { name: /^Good/ }).click();
  await expect(quiz.heading(deck.questions[1])).toBeVisible();

  await quiz.menu.click();
  await expect(page.getByText("0 due today")).toBeVisible();
  await expect(page.getByRole("button", { name: "Review due" })).toBeDisabled();

  // Ten days later the rated card is due.
  await page.clock.setSystemTime(T0 + 10 * DAY);
  await page.reload();
  await expect(page.getByText("1 due today")).toBeVisible();
  await page.getByRole("button", { name: "Review due" }).click();
  await quiz.confirmNewRun();
  await expect(quiz.heading(q)).toBeVisible();
  await expect(quiz.widget).toContainText("Card 1 / 1");
});

test("mock interview: a countdown that survives a reload, time's up, and a summary", async ({ page }) => {
  await page.clock.install({ time: T0 });
  await page.clock.pauseAt(T0 + 1000);
  const quiz = new QuizPage(page);
  await quiz.goto();
  await page.getByText("Options", { exact: true }).click();
  await page.getByRole("spinbutton", { name: "Mock interview: questions" }).fill("2");
  await page.getByRole("spinbutton", { name: "Mock interview: questions" }).blur();
  await page.getByRole("spinbutton", { name: "Mock interview: seconds per question" }).fill("60");
  await page.getByRole("spinbutton", { name: "Mock interview: seconds per question" }).blur();
  await expect(page.getByText("2 questions, 1 minute each.")).toBeVisible();
  await page.getByRole("button", { name: "Start mock interview" }).click();

  const timer = page.getByRole("timer", { name: "Time left" });
  await expect(timer).toHaveText("1:00");
  await page.clock.runFor(20_000);
  await expect(timer).toHaveText("0:40");
  await page.getByRole("textbox", { name: /Your answer/ }).fill("my answer");
  await page.reload();
  await expect(timer).toHaveText("0:40");
  await expect(page.getByRole("textbox", { name: /Your answer/ })).toHaveValue("my answer");
  await page.clock.runFor(10_000);
  await expect(timer).toHaveText("0:30");
  await page.getByRole("button", { name: "Done — check my answer" }).click();
  await expect(timer).toHaveText("Answered with 0:30 left");
  await page.getByRole("group", { name: /Key points/ }).getByRole("checkbox").first().check();
  await page.getByRole("button", { name: "Next question" }).click();

  // The second question runs out of time: the self-check opens by itself.
  await page.clock.runFor(61_000);
  await expect(timer).toHaveText("Time's up");
  await expect(page.getByRole("group", { name: /Key points/ })).toBeVisible();
  await page.getByRole("button", { name: "See results" }).click();

  await expect(page.getByRole("heading", { name: "Mock interview: your results" })).toBeVisible();
  const cards = quiz.widget.locator(".lq-result");
  await expect(cards).toHaveCount(2);
  await expect(cards.nth(0)).toContainText("Time 0:30 / 1:00 · 1 of");
  await expect(cards.nth(1)).toContainText("Time 1:00 / 1:00 · 0 of"); // the clock stops when time is up
  await expect(page.getByRole("heading", { name: "Weakest topics first" })).toBeVisible();
  await page.clock.resume(); // axe waits on timers
  await noAxeViolations(page, "mock summary");
});

test("filters, a random pool and a seeded shuffle that is stable across reloads", async ({ page }) => {
  const quiz = new QuizPage(page);
  await quiz.goto();
  await page.getByText("Options", { exact: true }).click();
  const security = deck.questions.filter((q) => q.topic === "security");
  await page.getByRole("checkbox", { name: "Security" }).check();
  await quiz.start.click();
  await expect(quiz.widget).toContainText(`Question 1 / ${security.length}`);
  await expect(quiz.heading(security[0])).toBeVisible();

  await quiz.menu.click();
  await page.getByText("Options", { exact: true }).click();
  await page.getByRole("checkbox", { name: "Security" }).uncheck();
  await page.getByRole("spinbutton", { name: "Questions per run (empty: all)" }).fill("5");
  await page.getByRole("spinbutton", { name: "Questions per run (empty: all)" }).blur();
  await page.getByRole("checkbox", { name: "Shuffle questions and options" }).check();
  await page.getByRole("button", { name: "Start over" }).click();
  await quiz.confirmNewRun();
  await expect(quiz.widget).toContainText("Question 1 / 5");
  const heading = page.getByRole("heading", { level: 2 }).last();
  const first = await heading.textContent();
  const options = await quiz.widget.getByRole("group").first().textContent();
  await page.reload();
  await expect(heading).toHaveText(first ?? "");
  expect(await quiz.widget.getByRole("group").first().textContent()).toBe(options);
});

test("bookmark a question, then practise the bookmarked ones", async ({ page }) => {
  const quiz = new QuizPage(page);
  await quiz.goto();
  await quiz.start.click();
  await quiz.skip.click();
  const star = page.getByRole("button", { name: "Bookmark" });
  await expect(star).toHaveAttribute("aria-pressed", "false");
  await star.click();
  await expect(star).toHaveAttribute("aria-pressed", "true");
  await page.reload();
  await expect(star).toHaveAttribute("aria-pressed", "true");
  await quiz.menu.click();
  // The quiz in progress is set aside (resumable), so nothing is asked.
  await page.getByRole("button", { name: "Practise bookmarked (1)" }).click();
  await expect(quiz.heading(deck.questions[1])).toBeVisible();
  await expect(quiz.widget).toContainText("Card 1 / 1");
});

test("progress by topic, weakest first, and reset with a confirmation", async ({ page }) => {
  const quiz = new QuizPage(page);
  await quiz.goto();
  await quiz.start.click();
  const [q1, q2] = deck.questions;
  await quiz.answer(q1, quiz.correctPicks(q1));
  await quiz.next.click();
  await quiz.answer(q2, quiz.wrongPicks(q2));
  await quiz.menu.click();
  await page.getByText("Your progress by topic").click();
  const table = page.getByRole("table");
  const inTopic = deck.questions.filter((q) => q.topic === q1.topic).length;
  await expect(table.getByRole("row").nth(1)).toContainText(`2 / ${inTopic}`);
  await expect(table.getByRole("row").nth(1)).toContainText("50%");
  await noAxeViolations(page, "start screen with overview");

  await page.reload();
  await page.getByText("Your progress by topic").click();
  await page.getByRole("button", { name: "Reset progress" }).click();
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("button", { name: /^Resume/ })).toBeVisible();
  await page.getByRole("button", { name: "Reset progress" }).click();
  await page.getByRole("button", { name: "Yes, reset progress" }).click();
  await expect(page.getByRole("button", { name: /^Resume/ })).toHaveCount(0);
  await expect(table.getByRole("row").nth(1)).toContainText("0 / ");
  // Saved right after the frame that shows the reset.
  await expect.poll(async () => savedAnswerCount(JSON.parse((await stored(page)) ?? "{}"))).toBe(0);
});

test("the keyboard alone: digits pick, Enter checks and moves on, Space reveals, digits rate", async ({ page }) => {
  const quiz = new QuizPage(page);
  await quiz.goto();
  await quiz.start.focus();
  await page.keyboard.press("Enter");
  const [q1, q2] = deck.questions;
  await expect(quiz.heading(q1)).toBeFocused();
  await page.keyboard.press(String(quiz.correctPicks(q1)[0] + 1));
  await page.keyboard.press("Enter");
  await expect(quiz.verdict).toHaveText("Correct.");
  await expect(quiz.next).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(quiz.heading(q2)).toBeFocused();
  await page.keyboard.press("b");
  await expect(page.getByRole("button", { name: "Bookmark" })).toHaveAttribute("aria-pressed", "true");

  await quiz.menu.click();
  await page.getByRole("button", { name: "Start over" }).focus();
  await page.keyboard.press("Enter");
  // A quiz is in progress: asked first, with the answer focused.
  await expect(page.getByRole("button", { name: "Start the new run" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(quiz.heading(q1)).toBeFocused();
  // Practice beside it: nothing to replace, so nothing asked.
  await quiz.menu.click();
  await page.getByRole("button", { name: "Practise", exact: true }).focus();
  await page.keyboard.press("Enter");
  await expect(quiz.heading(q1)).toBeFocused();
  await page.keyboard.press(" ");
  await expect(page.getByRole("group", { name: /Key points/ })).toBeVisible();
  await page.keyboard.press("3");
  await expect(quiz.heading(q2)).toBeVisible();
  expect(shown(q2.prompt).length).toBeGreaterThan(0);
});

test("options refuse impossible values with a message, and keep the last good one", async ({ page }) => {
  const quiz = new QuizPage(page);
  await quiz.goto();
  await page.getByText("Options", { exact: true }).click();
  const count = page.getByRole("spinbutton", { name: "Mock interview: questions" });
  await count.fill("0");
  await count.blur();
  await expect(quiz.widget.getByRole("alert")).toHaveText("Enter a whole number from 1 to 50: this one was not kept.");
  await expect(count).toHaveAttribute("aria-invalid", "true");
  await expect(quiz.widget).toContainText("5 questions");
  await count.fill("3");
  await count.blur();
  await expect(quiz.widget.getByRole("alert")).toHaveCount(0);
  await expect(quiz.widget).toContainText("3 questions");
});

test("the bookmarks list: browse a starred question, quiz the set, remove it", async ({ page }) => {
  const quiz = new QuizPage(page);
  await quiz.goto();
  await expect(page.getByText("Bookmarks", { exact: true })).toHaveCount(0);
  await quiz.start.click();
  await quiz.skip.click();
  const q = deck.questions[1];
  await page.getByRole("button", { name: "Bookmark" }).click();
  await quiz.menu.click();
  await page.getByText("Bookmarks", { exact: true }).click();
  const item = quiz.widget.locator(".lq-result");
  await expect(item).toHaveCount(1);
  await expect(item).toContainText(shown(q.quiz_prompt ?? q.prompt));
  await item.getByRole("button", { name: "Show model answer" }).click();
  await expect(item.getByRole("heading", { name: "A strong answer" })).toBeVisible();
  await noAxeViolations(page, "bookmarks panel, an answer open");
  await page.getByRole("button", { name: "Quiz these (1)" }).click();
  await quiz.confirmNewRun();
  await expect(quiz.heading(q)).toBeVisible();
  await expect(quiz.widget).toContainText("Question 1 / 1");
  await quiz.menu.click();
  await page.getByText("Bookmarks", { exact: true }).click();
  await item.getByRole("button", { name: "Remove" }).click();
  await expect(page.getByText("Bookmarks", { exact: true })).toHaveCount(0);
});

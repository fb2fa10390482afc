import { expect, test } from "@playwright/test";
import { deck, QuizPage, shown } from "./quiz-page";

test("answering every question of a run reaches the summary with the right score", async ({ page }) => {
  const quiz = new QuizPage(page);
  await quiz.goto();
  await expect(page.getByRole("heading", { name: deck.title })).toBeVisible();
  await expect(quiz.widget).toContainText(`${deck.questions.length} questions`);
  // One topic's questions, in deck order (the whole deck would take minutes).
  const first = deck.questions[0].topic;
  const run = deck.questions.filter((q) => q.topic === first);
  await page.getByText("Options", { exact: true }).click();
  await page.getByRole("checkbox", { name: "Foundations" }).check();
  await quiz.start.click();

  // Every third question is answered wrongly; the rest correctly.
  let expected = 0;
  for (const [i, q] of run.entries()) {
    // The bar counts answered questions; the label, the one on screen.
    await expect(quiz.progress).toHaveAttribute("aria-valuenow", String(i));
    await expect(quiz.widget).toContainText(`Question ${i + 1} / ${run.length}`);
    const right = i % 3 !== 0;
    await quiz.answer(q, right ? quiz.correctPicks(q) : quiz.wrongPicks(q));
    await expect(quiz.progress).toHaveAttribute("aria-valuenow", String(i + 1));
    await expect(quiz.verdict).toHaveText(right ? "Correct." : /^Not quite/);
    if (right) expected += 1;
    await quiz.next.click();
  }

  await expect(page.getByRole("heading", { name: "Your results" })).toBeVisible();
  const total = run.length;
  await expect(quiz.widget).toContainText(`${expected} / ${total}`);
  // The mistakes are listed for review, and only they are retried.
  const missed = total - expected;
  await expect(quiz.widget.getByRole("listitem").filter({ hasText: "Answer:" })).toHaveCount(missed);
  await page.getByRole("button", { name: "Retry missed" }).click();
  await expect(quiz.heading(run[0])).toBeVisible();
  await expect(quiz.widget).toContainText(`Question 1 / ${missed}`);
});

test("a wrong answer shows every explanation and the model answer on request", async ({ page }) => {
  const quiz = new QuizPage(page);
  await quiz.goto();
  await quiz.start.click();
  const q = deck.questions[0];
  await quiz.answer(q, quiz.wrongPicks(q));
  for (const c of q.choices) await expect(quiz.widget).toContainText(shown(c.explanation));
  await expect(quiz.options(q).first()).toBeDisabled();
  const show = page.getByRole("button", { name: "Show model answer" });
  await expect(show).toHaveAttribute("aria-expanded", "false");
  await show.click();
  await expect(page.getByRole("heading", { name: "A strong answer" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Hide model answer" })).toHaveAttribute("aria-expanded", "true");
});

test("a reload resumes on the same question with answers and verdicts", async ({ page }) => {
  const quiz = new QuizPage(page);
  await quiz.goto();
  await quiz.start.click();
  const [q1, q2] = deck.questions;
  await quiz.answer(q1, quiz.correctPicks(q1));
  await quiz.next.click();
  await quiz.answer(q2, quiz.wrongPicks(q2));

  await page.reload();
  await expect(quiz.heading(q2)).toBeVisible();
  await expect(quiz.verdict).toHaveText(/^Not quite/);
  await expect(quiz.options(q2).nth(quiz.wrongPicks(q2)[0])).toBeChecked();
  const stored = await page.evaluate((id) => localStorage.getItem(`llm-quiz:v1:${id}`), deck.id);
  expect(JSON.parse(stored ?? "{}").state.position).toBe(1);

  // The start screen offers to resume where the learner was.
  await quiz.menu.click();
  const resume = page.getByRole("button", { name: `Resume — question 2 of ${deck.questions.length}, 1 correct` });
  await expect(resume).toBeVisible();
  await page.reload();
  await resume.click();
  await expect(quiz.heading(q2)).toBeVisible();
});

test("with storage blocked the quiz still works, in memory, and says so", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("The document is sandboxed", "SecurityError");
      },
    });
  });
  const quiz = new QuizPage(page);
  await quiz.goto();
  await expect(quiz.notice).toContainText("progress lasts only while this page is open");
  await quiz.start.click();
  const q = deck.questions[0];
  await quiz.answer(q, quiz.correctPicks(q));
  await expect(quiz.verdict).toHaveText("Correct.");
});

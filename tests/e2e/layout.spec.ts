import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { deck, QuizPage } from "./quiz-page";

async function axe(page: import("@playwright/test").Page, screen: string) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  const summary = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, `axe violations on the ${screen} screen`).toEqual([]);
}

for (const scheme of ["light", "dark"] as const) {
  test(`every screen has no axe violations and no horizontal scroll (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 360, height: 640 });
    const quiz = new QuizPage(page);
    await quiz.goto();
    await axe(page, "start");
    await quiz.hasNoHorizontalScroll();
    // A run of three questions: the results are three steps away.
    await page.getByText("Options", { exact: true }).click();
    const count = page.getByRole("spinbutton", { name: "Questions per run (empty: all)" });
    await count.fill("3");
    await count.blur();

    await quiz.start.click();
    const q = deck.questions[0];
    await expect(quiz.heading(q)).toBeVisible();
    await axe(page, "question");
    await quiz.answer(q, quiz.wrongPicks(q));
    await page.getByRole("button", { name: "Show model answer" }).click();
    await axe(page, "checked question");
    await quiz.hasNoHorizontalScroll();

    await quiz.menu.click();
    await expect(page.getByRole("button", { name: /^Resume/ })).toBeVisible();
    await axe(page, "start (resume)");
    await page.getByRole("button", { name: /^Resume/ }).click();
    await quiz.next.click();
    await page.getByRole("button", { name: "Skip" }).click();
    // Skip on the last question, with the second unanswered, asks first.
    await quiz.skip.click();
    await expect(quiz.widget.getByRole("alert")).toHaveText("1 question is still unanswered.");
    await axe(page, "asked before leaving unanswered questions");
    await quiz.hasNoHorizontalScroll();
    await page.getByRole("button", { name: "See results" }).click();
    await expect(page.getByRole("heading", { name: "Your results" })).toBeVisible();
    await axe(page, "summary");
    await quiz.hasNoHorizontalScroll();
  });
}

test("tap targets are at least 44 px high on a phone", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  const quiz = new QuizPage(page);
  await quiz.goto();
  await quiz.start.click();
  const buttons = page.getByRole("button");
  for (const b of await buttons.all()) {
    if (!(await b.isVisible())) continue;
    const box = await b.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
  }
  const q = deck.questions[0];
  const first = quiz.options(q).first().locator("xpath=ancestor::label");
  expect((await first.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
});

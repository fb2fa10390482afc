// Phones and everyone: every screen in both themes passes axe, nothing scrolls
// sideways at 320 px, and a whole run can be done with the keyboard alone.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { deck, QuizPage } from "./quiz-page";

async function check(page: Page, screen: string) {
  const result = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .analyze();
  const found = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(found, `axe on ${screen}`).toEqual([]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `horizontal scroll on ${screen}`).toBeLessThanOrEqual(0);
}

for (const scheme of ["light", "dark"] as const) {
  test(`practice, mock, panels and summaries pass axe at 320 px (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 320, height: 568 });
    const quiz = new QuizPage(page);
    await quiz.goto();
    for (const panel of ["Options", "Your progress by topic", "Keyboard shortcuts"]) {
      await page.getByText(panel, { exact: true }).click();
    }
    await check(page, "start with every panel open");

    await page.getByRole("button", { name: "Practise", exact: true }).click();
    await check(page, "practice card");
    await page.getByRole("button", { name: "Reveal answer" }).click();
    await page.getByRole("group", { name: /Key points/ }).getByRole("checkbox").first().check();
    await check(page, "practice card, revealed");
    await page.getByRole("button", { name: /^Good/ }).click();
    await check(page, "asked before rating Good with 1 key point ticked");
    await page.getByRole("button", { name: "Yes, Good" }).click();
    await quiz.menu.click();

    // A second practice run would replace the first: asked first.
    await page.getByRole("button", { name: "Practise", exact: true }).click();
    await check(page, "asked before replacing the practice run");
    await page.getByRole("button", { name: "Cancel" }).click();

    await page.getByText("Options", { exact: true }).click();
    const count = page.getByRole("spinbutton", { name: "Mock interview: questions" });
    await count.fill("1");
    await count.blur();
    // The practice run is set aside, not replaced: no question.
    await page.getByRole("button", { name: "Start mock interview" }).click();
    await expect(page.getByRole("timer", { name: "Time left" })).toBeVisible();
    await check(page, "mock question");
    await page.getByRole("button", { name: "Done — check my answer" }).click();
    await check(page, "mock self-check");
    await page.getByRole("button", { name: "See results" }).click();
    await expect(page.getByRole("heading", { name: "Mock interview: your results" })).toBeVisible();
    await check(page, "mock summary");
  });
}

test("a whole quiz run with the keyboard alone", async ({ page }) => {
  const quiz = new QuizPage(page);
  await quiz.goto();
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press("Tab");
    if (await quiz.start.evaluate((el) => (el.getRootNode() as ShadowRoot | Document).activeElement === el)) break;
  }
  await expect(quiz.start).toBeFocused();
  await page.keyboard.press("Enter");
  for (const [i, q] of deck.questions.entries()) {
    await expect(quiz.heading(q)).toBeFocused();
    for (const pick of quiz.correctPicks(q)) await page.keyboard.press(String(pick + 1));
    await page.keyboard.press("Enter");
    await expect(quiz.verdict).toHaveText("Correct.");
    await page.keyboard.press("Enter");
    if (i + 1 < deck.questions.length) await expect(quiz.widget).toContainText(`Question ${i + 2} /`);
  }
  await expect(page.getByRole("heading", { name: "Your results" })).toBeVisible();
  await expect(quiz.widget).toContainText(`${deck.questions.length} / ${deck.questions.length}`);
});

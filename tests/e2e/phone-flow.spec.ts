// The core flow on a touch phone (issue "A phone flow a candidate enjoys"):
// the verdict in sight after Check, no dead end after results, no run lost
// silently, Back returns to the start screen, one row of controls at 320 px.
import { expect, test, type Page } from "@playwright/test";
import { deck, QuizPage } from "./quiz-page";

test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
// One run is enough: the phone project (the desktop one would repeat it).
test.beforeEach(({}, info) => test.skip(info.project.name !== "phone", "phone only"));

const inView = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const root = document.querySelector("#llm-quiz")!.shadowRoot!;
    const el = root.querySelector(sel);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
  }, selector);

test("after Check, the learner's pick and the verdict are on screen", async ({ page }) => {
  const quiz = new QuizPage(page);
  await quiz.goto();
  await quiz.start.click();
  const q = deck.questions[0];
  await quiz.answer(q, quiz.wrongPicks(q));
  await expect(quiz.verdict).toHaveText(/^Not quite/);
  // The short verdict sits in the sticky bar, naming the right option(s).
  const short = quiz.widget.locator(".lq-short-verdict");
  await expect(short).toHaveText(/^✗ Not quite — [A-D](, [A-D])*$/);
  await expect.poll(() => inView(page, ".lq-short-verdict")).toBe(true);
  await expect.poll(() => inView(page, ".lq-choice--wrong")).toBe(true);
  // Options neither picked nor right keep their explanation behind "Why?".
  const folded = quiz.widget.getByText("Why?", { exact: true });
  const others = q.choices.filter((c, i) => !c.correct && !quiz.wrongPicks(q).includes(i)).length;
  await expect(folded).toHaveCount(others);
});

test("every results screen leads back to the start screen", async ({ page }) => {
  const quiz = new QuizPage(page);
  await quiz.goto();
  await page.getByText("Options", { exact: true }).click();
  const count = page.getByRole("spinbutton", { name: "Questions per run (empty: all)" });
  await count.fill("1");
  await count.blur();
  await quiz.start.click();
  const q = deck.questions[0];
  await quiz.answer(q, quiz.correctPicks(q));
  await quiz.next.click();
  await expect(page.getByRole("heading", { name: "Your results" })).toBeVisible();
  await page.getByRole("button", { name: "Back to start" }).click();
  await expect(page.getByRole("heading", { level: 2, name: deck.title })).toBeVisible();
});

test("switching modes keeps both runs resumable; a new run of the same mode asks first", async ({ page }) => {
  const quiz = new QuizPage(page);
  await quiz.goto();
  await quiz.start.click();
  const q = deck.questions[0];
  await quiz.answer(q, quiz.correctPicks(q));
  await quiz.next.click();
  await quiz.menu.click();
  // Practice while a quiz is in progress: no question asked, nothing lost.
  await page.getByRole("button", { name: "Practise", exact: true }).click();
  await expect(page.getByText("Card 1 /")).toBeVisible();
  await page.getByRole("button", { name: "Reveal answer" }).click();
  await page.getByRole("button", { name: /^Hard/ }).click();
  await quiz.menu.click();
  const n = deck.questions.length;
  const resumeQuiz = page.getByRole("button", { name: `Resume — question 2 of ${n}, 1 correct` });
  const resumePractice = page.getByRole("button", { name: /^Resume practice — card 2 of \d+$/ });
  await expect(resumeQuiz).toBeVisible();
  await expect(resumePractice).toBeVisible();
  // A reload keeps both.
  await page.reload();
  await quiz.mounted();
  await resumeQuiz.click();
  await expect(quiz.heading(deck.questions[1])).toBeVisible();
  await quiz.menu.click();
  await resumePractice.click();
  await expect(page.getByText("Card 2 /")).toBeVisible();
  await quiz.menu.click();
  // A new quiz would replace the quiz in progress: that asks, and Cancel keeps it.
  await page.getByRole("button", { name: "Start over" }).click();
  await expect(quiz.widget.getByRole("alert")).toContainText("question 2 of");
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(resumeQuiz).toBeVisible();
  await expect(resumePractice).toBeVisible();
});

test("the quiz asks 10 shuffled questions by default; 20 and All are beside Start", async ({ page }) => {
  const quiz = new QuizPage(page);
  await quiz.goto("./");
  const length = page.getByRole("group", { name: "Questions per run" });
  await expect(length.getByRole("radio", { name: "10" })).toBeChecked();
  await quiz.start.click();
  await expect(quiz.widget).toContainText("Question 1 / 10");
  const first = (await quiz.widget.getByRole("heading", { level: 2 }).textContent()) ?? "";
  // The order is seeded: a reload asks the same question first.
  await page.reload();
  await quiz.mounted();
  await expect(quiz.widget.getByRole("heading", { level: 2 })).toHaveText(first);
  await quiz.menu.click();
  const startOver = page.getByRole("button", { name: "Start over" });
  await length.getByRole("radio", { name: "20" }).check();
  await startOver.click();
  await quiz.confirmNewRun();
  await expect(quiz.widget).toContainText("Question 1 / 20");
  await quiz.menu.click();
  await length.getByRole("radio", { name: "All" }).check();
  await startOver.click();
  await quiz.confirmNewRun();
  await expect(quiz.widget).toContainText(`Question 1 / ${deck.questions.length}`);
});

test("after Reveal, the ratings are the sticky bar, without key hints", async ({ page }) => {
  const quiz = new QuizPage(page);
  await quiz.goto();
  await page.getByRole("button", { name: "Practise", exact: true }).click();
  await page.getByRole("button", { name: "Reveal answer" }).click();
  const ratings = page.getByRole("group", { name: "How well did you know it?" });
  await expect(ratings.getByRole("button")).toHaveCount(4);
  // The model answer starts folded on a phone: the key points and ratings first.
  const model = page.getByRole("button", { name: "Show model answer" });
  await expect(model).toHaveAttribute("aria-expanded", "false");
  // In view at the top of the card, and after scrolling to the end of it.
  await quiz.widget.getByRole("heading", { level: 2 }).scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollTo(0, 0));
  expect(await inView(page, ".lq-rating")).toBe(true);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  expect(await inView(page, ".lq-rating")).toBe(true);
  const bar = await ratings.boundingBox();
  expect(bar!.height).toBeLessThan(90);
  // "1 · 1 day" on a keyboard; "1 day" on a touch screen.
  await expect(ratings.getByRole("button").first()).not.toContainText("1 ·", { useInnerText: true });
  await expect(ratings.getByRole("button").first()).toContainText(/\d+ days?$/);
  // Good with no key point ticked asks, inside the same bar: in view, whole.
  await page.evaluate(() => window.scrollTo(0, 0));
  await ratings.getByRole("button", { name: /^Good/ }).click();
  await expect(quiz.widget.getByRole("alert")).toContainText("Rate it Good anyway");
  expect(await inView(page, ".lq-ratebar__ask")).toBe(true);
  const clipped = await quiz.widget
    .getByRole("alert")
    .evaluate((el) => el.scrollHeight > el.clientHeight + 1 || el.getBoundingClientRect().width < 200);
  expect(clipped).toBe(false);
});

test("after Again: the card comes back this session, and the start screen says what is next", async ({ page }) => {
  const quiz = new QuizPage(page);
  await quiz.goto("./?count=2&shuffle=false");
  await page.getByRole("button", { name: "Practise", exact: true }).click();
  await expect(page.getByText("Card 1 / 2")).toBeVisible();
  await page.getByRole("button", { name: "Reveal answer" }).click();
  await page.getByRole("button", { name: /^Again/ }).click();
  await expect(page.getByText("Card 2 / 3")).toBeVisible();
  await quiz.menu.click();
  await expect(quiz.widget).toContainText("0 due today · next: 1 card tomorrow");
});

test("the mock timer is in the bar at the bottom, in sight at the top and the end of the card", async ({ page }) => {
  // As short as a phone with its keyboard open: the card is taller than the view.
  await page.setViewportSize({ width: 360, height: 380 });
  const quiz = new QuizPage(page);
  await quiz.goto();
  await page.getByRole("button", { name: "Start mock interview" }).click();
  const timer = page.getByRole("timer", { name: "Time left" });
  await page.getByRole("textbox").fill("Outline: ".repeat(80));
  for (const y of [0, 100000]) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    expect(await inView(page, ".lq-timer")).toBe(true);
  }
  await expect(timer).toHaveText(/^\d:\d\d$/);
  // Whole, not cut to '2…' by the button beside it.
  expect(await timer.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
});

test("mock results are one card per question: what you wrote, key points ticked and missed, practise it again", async ({ page }) => {
  const quiz = new QuizPage(page);
  await quiz.goto();
  await page.getByText("Options", { exact: true }).click();
  const count = page.getByRole("spinbutton", { name: "Mock interview: questions" });
  await count.fill("1");
  await count.blur();
  await page.getByRole("button", { name: "Start mock interview" }).click();
  const prompt = (await quiz.widget.locator("h2.lq-prompt").textContent()) ?? "";
  await page.getByRole("textbox").fill("Batch by tokens, cap the KV cache, measure p95.");
  await page.getByRole("button", { name: /^Done/ }).click();
  await page.getByRole("group", { name: /Key points/ }).getByRole("checkbox").first().check();
  await page.getByRole("button", { name: "See results" }).click();
  const card = quiz.widget.locator(".lq-result");
  await expect(card).toHaveCount(1);
  await expect(card).toContainText(prompt);
  await expect(card).toContainText("Batch by tokens, cap the KV cache, measure p95.");
  await expect(card.getByText("Covered:", { exact: false })).toHaveCount(1);
  await quiz.hasNoHorizontalScroll();
  const box = await card.boundingBox();
  expect(box!.width).toBeGreaterThan(280);
  await card.getByRole("button", { name: "Practise this card" }).click();
  await expect(page.getByText("Card 1 / 1")).toBeVisible();
  await expect(quiz.widget.locator("h2.lq-prompt")).toHaveText(prompt);
});

test("the browser's Back returns from a question to the start screen", async ({ page }) => {
  const quiz = new QuizPage(page);
  await quiz.goto();
  const url = page.url();
  await quiz.start.click();
  await expect(quiz.heading(deck.questions[0])).toBeVisible();
  await page.goBack();
  await expect(page.getByRole("button", { name: /^Resume/ })).toBeVisible();
  expect(page.url()).toBe(url);
  // Menu, then Back, does not leave the quiz either: the way back was taken.
  await page.getByRole("button", { name: /^Resume/ }).click();
  await quiz.menu.click();
  await expect(page.getByRole("button", { name: /^Resume/ })).toBeVisible();
  expect(page.url()).toBe(url);
});

test("at 320 px the bar under a question is one row: Previous left, the primary action right", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 568 });
  const quiz = new QuizPage(page);
  await quiz.goto();
  await quiz.start.click();
  await quiz.skip.click();
  const bar = quiz.widget.locator(".lq-card .lq-actions");
  const previous = page.getByRole("button", { name: "Previous" });
  await expect(previous).toBeVisible();
  const [b, p, c] = [await bar.boundingBox(), await previous.boundingBox(), await quiz.check.boundingBox()];
  expect(b!.height).toBeLessThan(80);
  expect(p!.x).toBeLessThan(c!.x);
  expect(Math.abs(p!.y - c!.y)).toBeLessThan(4);
  // The top bar too: progress, then Bookmark and Menu as icons, in one row.
  const top = await quiz.widget.locator(".lq-topbar").boundingBox();
  const [star, menu] = [await page.getByRole("button", { name: "Bookmark" }).boundingBox(), await quiz.menu.boundingBox()];
  expect(top!.height).toBeLessThan(56);
  expect(Math.abs(star!.y - menu!.y)).toBeLessThan(4);
  expect(menu!.width).toBeLessThan(60);
});

test("skipping the last question with others unanswered asks first", async ({ page }) => {
  const quiz = new QuizPage(page);
  await quiz.goto();
  await page.getByText("Options", { exact: true }).click();
  const count = page.getByRole("spinbutton", { name: "Questions per run (empty: all)" });
  await count.fill("2");
  await count.blur();
  await quiz.start.click();
  await quiz.skip.click();
  await quiz.skip.click();
  await expect(quiz.widget.getByRole("alert")).toHaveText("1 question is still unanswered.");
  await page.getByRole("button", { name: "Go to the first" }).click();
  await expect(quiz.heading(deck.questions[0])).toBeVisible();
  await expect(quiz.widget).toContainText("Question 1 / 2");
});

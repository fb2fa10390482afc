// Page object: what a person sees and does, by role and accessible name.
import { expect, Locator, Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export interface Choice { text: string; correct: boolean; explanation: string }
export interface Question {
  id: string;
  topic: string;
  prompt: string;
  quiz_prompt?: string;
  multi?: boolean;
  choices: Choice[];
}
export interface Deck { id: string; title: string; questions: Question[] }

/** The deck the build embeds (questions.json at the repo root). */
export const deck: Deck = JSON.parse(
  readFileSync(fileURLToPath(new URL("../../questions.json", import.meta.url)), "utf8"),
);
export const isMulti = (q: Question) => !!q.multi || q.choices.filter((c) => c.correct).length > 1;
/** Deck text as the page shows it: code spans lose their backticks. */
export const shown = (text: string) => text.replaceAll("`", "");
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A question's heading as shown: its quiz stem in the quiz, its prompt on
 *  practice and mock cards. */
export const asked = (q: Question) =>
  new RegExp(`^(${[q.prompt, q.quiz_prompt ?? q.prompt].map((t) => literal(shown(t))).join("|")})$`);

/** The question on screen in widget `w` (a run may be shuffled): found in
 *  `from` by its heading. */
export async function questionIn(w: Pick<Locator, "locator">, from: Deck = deck): Promise<Question> {
  const prompt = w.locator("h2.lq-prompt");
  await expect(prompt).toBeVisible();
  const text = ((await prompt.textContent()) ?? "").trim();
  const q = from.questions.find((q) => asked(q).test(text));
  if (!q) throw new Error(`no question of ${from.id} is headed ${JSON.stringify(text)}`);
  return q;
}

/** Option `i` (deck order) of question `q` in widget `w`, found by its text:
 *  a shuffled run shows the options in another order. */
export function choiceIn(w: Pick<Locator, "getByRole">, q: Question, i: number): Locator {
  const text = shown(q.choices[i]?.text ?? "");
  return w.getByRole("group").getByRole(isMulti(q) ? "checkbox" : "radio", { name: text, exact: true });
}

/** The standalone page asking every question in deck order (options in the
 *  query string, as an author can set them). */
export const IN_DECK_ORDER = "./?count=all&shuffle=false";

export class QuizPage {
  readonly widget: Locator;
  readonly start: Locator;
  readonly check: Locator;
  readonly next: Locator;
  readonly skip: Locator;
  readonly menu: Locator;
  readonly verdict: Locator;
  readonly progress: Locator;
  readonly notice: Locator;

  constructor(readonly page: Page) {
    this.widget = page.getByRole("region", { name: "LLM interview practice" });
    this.start = page.getByRole("button", { name: "Start", exact: true });
    this.check = page.getByRole("button", { name: "Check" });
    this.next = page.getByRole("button", { name: /^(Next|See results)$/ });
    this.skip = page.getByRole("button", { name: "Skip" });
    this.menu = page.getByRole("button", { name: "Menu" });
    this.verdict = this.widget.getByRole("status").filter({ hasText: /Correct\.|Not quite/ });
    this.progress = page.getByRole("progressbar", { name: "Progress through the quiz" });
    this.notice = this.widget.locator(".lq-notice");
  }

  /** The standalone page. By default every question in deck order, as most
   *  specs walk the deck from its first question; `goto("./")` gives what a
   *  learner gets (10 questions, shuffled). */
  async goto(path = IN_DECK_ORDER) {
    await this.page.goto(path);
    await this.mounted();
  }

  /** The app has taken over the prerendered first screen. */
  async mounted() {
    await expect(this.widget).toBeVisible();
    await expect(this.page.locator("#llm-quiz[data-llm-quiz-mounted]")).toHaveCount(1);
    await expect(this.page.getByText("Loading the questions")).toHaveCount(0);
  }

  /** Answers "Start the new run" when a new run would replace one in progress. */
  async confirmNewRun() {
    const yes = this.page.getByRole("button", { name: "Start the new run" });
    await expect(yes).toBeFocused();
    await yes.click();
  }

  heading(q: Question) {
    return this.page.getByRole("heading", { level: 2, name: asked(q) });
  }

  options(q: Question) {
    return this.widget.getByRole("group").getByRole(isMulti(q) ? "checkbox" : "radio");
  }

  /** Picks the given option indices of the question on screen and checks. */
  async answer(q: Question, picks: number[]) {
    await expect(this.heading(q)).toBeVisible();
    for (const i of picks) await this.options(q).nth(i).check();
    await this.check.click();
    await expect(this.verdict).toBeVisible();
  }

  correctPicks(q: Question) {
    return q.choices.flatMap((c, i) => (c.correct ? [i] : []));
  }

  wrongPicks(q: Question) {
    return [q.choices.findIndex((c) => !c.correct)];
  }

  async hasNoHorizontalScroll() {
    const overflow = await this.page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  }
}

export const storageKey = `llm-quiz:v1:${deck.id}`;

/** Reads a localStorage key of the page. */
export async function stored(page: Page, key = storageKey): Promise<string | null> {
  return page.evaluate((k) => localStorage.getItem(k), key);
}

/** The built index.html with its widget container replaced by `body` (a host page of our own). */
export async function hostPage(page: Page, body: string) {
  await page.route(/\/quiz\/(index\.html)?$/, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(/<body>[\s\S]*<\/body>/, `<body>${body}</body>`);
    await route.fulfill({ response, body: html });
  });
}

/**
 * The saved answer to question `id` in a stored envelope, or undefined. Schema 3
 * keeps answers in the `questions` table, by column (src/persist/compact.rs):
 * `flags[row]` is null for no answer, else 1 = checked + 2 = revealed.
 */
export function savedAnswer(saved: any, id: string): { checked: boolean; selected: number[] } | undefined {
  expect(saved?.schema).toBe(3);
  const table = saved?.state?.questions;
  const row: number = table?.id?.indexOf(id) ?? -1;
  const flags = row >= 0 ? table.flags?.[row] : null;
  if (flags == null) return undefined;
  return { checked: (flags & 1) === 1, selected: table.selected?.[row] ?? [] };
}

/** How many questions have a saved answer. */
export function savedAnswerCount(saved: any): number {
  expect(saved?.schema).toBe(3);
  return (saved?.state?.questions?.flags ?? []).filter((f: number | null) => f != null).length;
}

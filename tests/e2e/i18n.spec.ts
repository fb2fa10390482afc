// Translations: the author's `locale` option, else the browser's language; German
// throughout, `lang` on the widget root, deck text as authored.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { asked, deck, hostPage, isMulti, shown } from "./quiz-page";

const [q1] = deck.questions;

/** The widget, in German: by its German accessible name. */
const german = (page: Page) => page.getByRole("region", { name: "LLM-Interviewtraining" });
const english = (page: Page) => page.getByRole("region", { name: "LLM interview practice" });
const root = (page: Page) => page.locator("[data-lq-root]");

async function showsGermanStart(page: Page) {
  const w = german(page);
  await expect(w).toBeVisible();
  await expect(root(page)).toHaveAttribute("lang", "de");
  await expect(w.getByRole("heading", { level: 2, name: deck.title })).toBeVisible(); // deck text as authored
  await expect(w).toContainText(`${deck.questions.length} Fragen · `);
  await expect(w.getByRole("button", { name: "Starten", exact: true })).toBeVisible();
  await expect(w.getByRole("heading", { name: "Lernkarten" })).toBeVisible();
  await expect(w.getByRole("button", { name: "Probe-Interview starten" })).toBeVisible();
  await expect(w.getByText("0 heute fällig")).toBeVisible();
  await expect(w.getByText("Optionen", { exact: true })).toBeVisible();
  await expect(w.getByText("Tastenkürzel", { exact: true })).toBeVisible();
  await expect(w.getByRole("button", { name: "Fortschritt exportieren" })).toBeVisible();
  await expect(w).not.toContainText("Start mock interview");
}

test("data-locale=\"de\": a German start screen, question, verdict and summary", async ({ page }) => {
  await hostPage(page, `<main><h1>Ein Blogartikel</h1><div class="llm-quiz" data-locale="de" data-count="all" data-shuffle="false"></div></main>`);
  await page.goto("./");
  await showsGermanStart(page);
  const w = german(page);

  // The deck is English under a German interface: its text says so.
  await expect(w.locator('h2.lq-title[lang="en"]')).toHaveCount(1);
  await w.getByRole("button", { name: "Starten", exact: true }).click();
  await expect(w.getByRole("heading", { level: 2, name: asked(q1) })).toBeVisible();
  await expect(w.locator('h2.lq-prompt > [lang="en"]')).toHaveCount(1);
  await expect(w.locator('.lq-choice__text > [lang="en"]')).toHaveCount(q1.choices.length);
  await expect(w).toContainText(`Frage 1 / ${deck.questions.length}`);
  await expect(w.getByRole("progressbar", { name: "Fortschritt im Quiz" })).toBeVisible();
  await expect(w.getByRole("group", { name: isMulti(q1) ? "Wähle alle zutreffenden Antworten" : "Wähle eine Antwort" })).toBeVisible();
  await expect(w.getByRole("button", { name: "Überspringen" })).toBeVisible();
  await expect(w.getByRole("button", { name: "Merken" })).toBeVisible();

  const wrong = q1.choices.findIndex((c) => !c.correct);
  await w.getByRole("group").getByRole(isMulti(q1) ? "checkbox" : "radio").nth(wrong).check();
  await w.getByRole("button", { name: "Prüfen" }).click();
  const verdict = w.getByRole("status").filter({ hasText: "Nicht ganz." });
  await expect(verdict).toContainText(
    isMulti(q1) ? "Die richtigen Antworten sind grün markiert." : "Die richtige Antwort ist grün markiert.",
  );
  await expect(w.getByText("Deine Antwort – falsch")).toBeVisible();
  await expect(w.getByRole("button", { name: "Musterantwort zeigen" })).toBeVisible();
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => v.id), "axe on a German checked question").toEqual([]);

  // Skip the rest: the summary is German too.
  await w.getByRole("button", { name: "Menü" }).click();
  await expect(w.getByRole("button", { name: /^Weitermachen – Frage 1 von \d+, 0 richtig$/ })).toBeVisible();
});

test("German practice cards: reveal, key points, the four ratings", async ({ page }) => {
  await hostPage(page, `<main><div class="llm-quiz" data-locale="de-AT" data-mode="practice"></div></main>`);
  await page.goto("./");
  const w = german(page);
  await w.getByRole("button", { name: "Üben", exact: true }).click();
  await expect(w.getByRole("textbox", { name: /^Deine Antwort/ })).toBeVisible();
  await w.getByRole("button", { name: "Antwort aufdecken" }).click();
  await expect(w.getByRole("group", { name: /^Kernpunkte/ })).toBeVisible();
  const ratings = w.getByRole("group", { name: "Wie gut wusstest du es?" }).getByRole("button");
  await expect(ratings).toHaveCount(4);
  for (const [i, name] of ["Nochmal", "Schwer", "Gut", "Leicht"].entries()) {
    await expect(ratings.nth(i)).toContainText(name);
    await expect(ratings.nth(i)).toContainText(/\d+ Tage?$/);
  }
});

test("German import messages: a bad file, another deck", async ({ page }) => {
  await page.goto("embed.html?locale=de");
  const w = german(page);
  const picker = w.getByLabel("Fortschritt importieren");
  await picker.setInputFiles({ name: "x.json", mimeType: "application/json", buffer: Buffer.from("{ nope") });
  await expect(w).toContainText("Es wurde nichts importiert. Diese Datei ist kein Fortschritt aus diesem Quiz");
  const other = JSON.stringify({ schema: 2, deck_id: "other-deck", state: {} });
  await picker.setInputFiles({ name: "y.json", mimeType: "application/json", buffer: Buffer.from(other) });
  await expect(w).toContainText(
    `Es wurde nichts importiert. Die Datei enthält Fortschritt zu einem anderen Fragenkatalog (\`other-deck\`), nicht zu \`${deck.id}\`.`,
  );
});

test("embed.html?locale=de is German", async ({ page }) => {
  await page.goto("embed.html?locale=de");
  await showsGermanStart(page);
});

test("German fits a 320 px phone without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto("embed.html?locale=de");
  await showsGermanStart(page);
  const noSideways = async () =>
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0);
  await noSideways();
  const w = german(page);
  await w.getByRole("button", { name: "Starten", exact: true }).click();
  await w.getByRole("group").locator("input").first().check();
  await w.getByRole("button", { name: "Prüfen" }).click();
  await expect(w.getByRole("button", { name: /^(Weiter|Zum Ergebnis)$/ })).toBeVisible();
  await noSideways();
});

test.describe("a German browser", () => {
  test.use({ locale: "de-DE" });

  test("with no locale option, the widget is German, and so is the standalone page around it", async ({ page }) => {
    await page.goto("./");
    await showsGermanStart(page);
    await expect(page).toHaveTitle("LLM-Interviewtraining");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("LLM-Interviewtraining");
    await expect(page.locator("#lq-footer")).toHaveText(/^Läuft ganz in deinem Browser/);
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
  });

  test("locale=en overrides the browser", async ({ page }) => {
    await page.goto("embed.html?locale=en");
    await expect(english(page)).toBeVisible();
    await expect(root(page)).toHaveAttribute("lang", "en");
    await expect(page.getByRole("button", { name: "Start", exact: true })).toBeVisible();
  });
});

test.describe("an English browser", () => {
  test.use({ locale: "en-US" });

  test("with no locale option, the widget stays English", async ({ page }) => {
    await page.goto("./");
    await expect(english(page)).toBeVisible();
    await expect(root(page)).toHaveAttribute("lang", "en");
    await expect(page.getByRole("button", { name: "Start", exact: true })).toBeVisible();
    await expect(page.getByText("0 due today")).toBeVisible();
  });

  test("an unknown locale warns and falls back to the browser's language", async ({ page }) => {
    const warnings: string[] = [];
    page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
    await hostPage(page, `<main><div class="llm-quiz" data-locale="fr"></div></main>`);
    await page.goto("./");
    await expect(english(page)).toBeVisible();
    await expect(root(page)).toHaveAttribute("lang", "en");
    expect(warnings.join("\n")).toContain('locale="fr"');
  });
});

// Embedding: the examples/ pages (served at /examples/, next to dist/ at /quiz/), the
// embed.js loader, the iframe page and its resizer, host events, deep links, and
// isolation from (and of) the host page's CSS.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { asked, choiceIn, deck, isMulti, questionIn, shown, storageKey, type Deck, type Question, savedAnswer } from "./quiz-page";

const custom: Deck = JSON.parse(
  readFileSync(fileURLToPath(new URL("../../examples/custom-deck.json", import.meta.url)), "utf8"),
);
const REGION = "LLM interview practice";
const customKey = `llm-quiz:v1:${custom.id}`;
const description = (deck as Deck & { description: string }).description;

const correctPicks = (q: Question) => q.choices.flatMap((c, i) => (c.correct ? [i] : []));
const wrongPicks = (q: Question) => [q.choices.findIndex((c) => !c.correct)];

const widgets = (page: Page) => page.getByRole("region", { name: REGION });
const heading = (w: Locator | Page, q: Question) => w.getByRole("heading", { level: 2, name: asked(q) });
const startIn = (w: Locator) => w.getByRole("button", { name: "Start", exact: true });
const verdictIn = (w: Locator) => w.getByRole("status").filter({ hasText: /Correct\.|Not quite/ });

/** Picks options of the question on screen in widget w, checks, waits for the verdict. */
async function answerIn(w: Locator, q: Question, picks: number[]) {
  await expect(heading(w, q)).toBeVisible();
  for (const i of picks) await choiceIn(w, q, i).check();
  await w.getByRole("button", { name: "Check" }).click();
  await expect(verdictIn(w)).toBeVisible();
}

/** A host page of our own at /examples/__test.html (so relative deck URLs resolve in examples/). */
async function testPage(page: Page, body: string, { hash = "", head = "" } = {}) {
  await page.route("**/examples/__test.html", (route) =>
    route.fulfill({
      contentType: "text/html; charset=utf-8",
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test host</title>
<script type="module" src="../quiz/embed.js"></script>${head}</head><body>${body}</body></html>`,
    }),
  );
  await page.goto(`../examples/__test.html${hash}`);
}

let pageErrors: string[] = [];
test.beforeEach(({ page }) => {
  pageErrors = [];
  page.on("pageerror", (e) => pageErrors.push(String(e)));
});
test.afterEach(() => {
  expect(pageErrors, "uncaught errors in the page").toEqual([]);
});

/** Brings every widget of the page near the viewport once: they load when seen. */
async function scrollPast(page: Page) {
  for (const el of await page.locator(".llm-quiz").all()) {
    await el.scrollIntoViewIfNeeded();
    await expect(el).toHaveAttribute("data-llm-quiz-near", "");
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

test("blog post: two widgets and an iframe; each inline widget keeps its own progress", async ({ page }) => {
  await page.goto("../examples/blog-post.html");
  await scrollPast(page);
  const all = widgets(page);
  await expect(all).toHaveCount(2);
  const [main, mine] = [all.nth(0), all.nth(1)];
  await expect(main.getByRole("heading", { level: 2, name: deck.title })).toBeVisible();
  await expect(mine.getByRole("heading", { level: 2, name: custom.title })).toBeVisible();
  await expect(mine).toContainText(`${custom.questions.length} questions`);
  const iframe = page.locator("iframe[data-llm-quiz]");
  await iframe.scrollIntoViewIfNeeded();
  await expect(iframe).toBeVisible();
  const frame = page.frameLocator("iframe[data-llm-quiz]");
  await expect(frame.getByRole("heading", { level: 2, name: custom.title })).toBeVisible();

  const c1 = custom.questions[0];
  await startIn(main).click();
  const d1 = await questionIn(main);
  await answerIn(main, d1, correctPicks(d1));
  await startIn(mine).click();
  await answerIn(mine, c1, wrongPicks(c1));

  await page.reload();
  await scrollPast(page);
  await expect(all).toHaveCount(2);
  await expect(heading(main, d1)).toBeVisible();
  await expect(verdictIn(main)).toHaveText("Correct.");
  await expect(heading(mine, c1)).toBeVisible();
  await expect(verdictIn(mine)).toHaveText(/^Not quite/);
  // The iframe shows the same deck without the storage key: its progress is its own.
  await iframe.scrollIntoViewIfNeeded();
  await expect(frame.getByRole("button", { name: "Start", exact: true })).toBeVisible();

  const keys: string[] = await page.evaluate(() => Object.keys(localStorage));
  expect(keys).toContain(storageKey);
  expect(storageKey).toBe("llm-quiz:v1:llm-interview");
  const mineKey = keys.find((k) => k.startsWith(customKey) && k.includes("blog-post") && !k.includes(":backup:"));
  expect(mineKey, `a key for the custom deck's storage key among ${keys.join(", ")}`).toBeTruthy();
  expect(mineKey).not.toBe(storageKey);
  const read = (k: string) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? "{}"), k);
  const mainSaved = await read(storageKey);
  const mineSaved = await read(mineKey!);
  expect(savedAnswer(mainSaved, d1.id)?.checked).toBe(true);
  expect(savedAnswer(mineSaved, c1.id)?.checked).toBe(true);
  expect(savedAnswer(mainSaved, c1.id)).toBeUndefined();
  expect(savedAnswer(mineSaved, d1.id)).toBeUndefined();
});

// Inherited and box properties that a host page could leak into the widget, or the widget into the page.
const STYLE_PROPS = [
  "font-size", "line-height", "font-family", "font-weight", "color", "background-color", "text-transform",
  "letter-spacing", "text-align", "display", "visibility", "margin-top", "margin-left", "padding-top",
  "padding-left", "border-top-width", "border-top-style", "width", "height", "box-sizing",
];
const stylesOf = (l: Locator, props = STYLE_PROPS) =>
  l.evaluate((el, ps) => {
    const s = getComputedStyle(el);
    return Object.fromEntries(ps.map((p) => [p, s.getPropertyValue(p)]));
  }, props);
// Inside the widget, the width of a box may differ (the host element gets the page's margins).
const INNER_PROPS = STYLE_PROPS.filter((p) => p !== "width" && p !== "height");

async function within(inner: Locator, outer: Locator) {
  const [a, b] = [await inner.boundingBox(), await outer.boundingBox()];
  expect(a && b).toBeTruthy();
  expect(a!.width).toBeGreaterThan(0);
  expect(a!.height).toBeGreaterThan(0);
  expect(a!.x).toBeGreaterThanOrEqual(b!.x - 0.5);
  expect(a!.x + a!.width).toBeLessThanOrEqual(b!.x + b!.width + 0.5);
}

/** Styles of the widget's parts on the start screen and on the first question. */
async function widgetLook(page: Page) {
  const w = widgets(page);
  await expect(w).toHaveCount(1);
  await expect(page.locator("[data-llm-quiz-mounted]")).toHaveCount(1);
  const start = startIn(w);
  await expect(start).toBeVisible();
  await within(start, w);
  const look: Record<string, unknown> = {
    start: await stylesOf(start, INNER_PROPS),
    title: await stylesOf(w.getByRole("heading", { level: 2, name: deck.title }), INNER_PROPS),
    lead: await stylesOf(w.getByText(description), INNER_PROPS),
  };
  await start.click();
  const q = await questionIn(w);
  const radios = w.getByRole("group").getByRole(isMulti(q) ? "checkbox" : "radio");
  await expect(radios).toHaveCount(q.choices.length);
  for (let i = 0; i < q.choices.length; i++) {
    await expect(radios.nth(i)).toBeVisible();
    await within(radios.nth(i), w);
  }
  look.question = await stylesOf(heading(w, q), INNER_PROPS);
  look.radio = await stylesOf(radios.first());
  look.option = await stylesOf(w.getByText(shown(q.choices[0].text), { exact: true }), INNER_PROPS);
  look.check = await stylesOf(w.getByRole("button", { name: "Check" }), INNER_PROPS);
  return look;
}

test("hostile page: its !important CSS does not reach the widget", async ({ page }) => {
  // The same page without its stylesheet is the clean reference.
  await page.route("**/examples/hostile.html", async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(/<style>[\s\S]*?<\/style>/, "");
    await route.fulfill({ response, body: html });
  });
  await page.goto("../examples/hostile.html");
  const clean = await widgetLook(page);

  await page.unroute("**/examples/hostile.html");
  await page.evaluate(() => localStorage.clear());
  await page.goto("../examples/hostile.html");
  // The page's rules do apply to its own elements…
  await expect(page.locator("#host-button")).toHaveCSS("background-color", "rgb(255, 105, 180)");
  const hostile = await widgetLook(page);
  // …and not to the widget's.
  expect(hostile).toEqual(clean);
});

test("hostile page: the widget's CSS does not change the page's own elements", async ({ page }) => {
  const look = async () => ({
    text: await stylesOf(page.locator("#host-text")),
    button: await stylesOf(page.locator("#host-button")),
    textBox: await page.locator("#host-text").boundingBox(),
    buttonBox: await page.locator("#host-button").boundingBox(),
    // The body grows with the widget; its other styles must not change.
    body: await stylesOf(page.locator("body"), INNER_PROPS),
  });
  await page.route("**/quiz/embed.js", (route) => route.abort());
  await page.goto("../examples/hostile.html");
  await expect(page.locator("#host-text")).toBeVisible();
  expect(await page.locator(".llm-quiz").getAttribute("data-llm-quiz-mounted")).toBeNull();
  const without = await look();

  await page.unroute("**/quiz/embed.js");
  await page.goto("../examples/hostile.html");
  await expect(startIn(widgets(page))).toBeVisible();
  expect(await look()).toEqual(without);
});

test("custom deck by URL; a missing deck, invalid JSON and a schema error each say what is wrong", async ({ page }) => {
  await testPage(
    page,
    `<div class="llm-quiz" id="custom" data-deck="custom-deck.json"></div>
     <div class="llm-quiz" id="missing" data-deck="missing.json"></div>
     <div id="not-json"></div>
     <div id="schema"></div>
     <script type="module">
       LlmQuiz.mount(document.getElementById("not-json"), { deck: "README.md" });
       LlmQuiz.mount("#schema", { deck: "bad-deck.json", storageKey: "schema-test", shuffle: false });
     </script>`,
  );
  const host = (id: string) => page.locator(`#${id}`);
  await expect(host("custom").getByRole("heading", { level: 2, name: custom.title })).toBeVisible();
  await expect(host("custom")).toContainText(`${custom.questions.length} questions`);
  await expect(host("schema")).toHaveAttribute("data-deck", "bad-deck.json");
  await expect(host("schema")).toHaveAttribute("data-storage-key", "schema-test");
  await expect(host("schema")).toHaveAttribute("data-shuffle", "false");

  const cases: [string, string][] = [
    ["missing", "HTTP 404"],
    ["not-json", "not valid JSON"],
    ["schema", "questions[0].choices: needs at least 2 options"],
  ];
  for (const [id, reason] of cases) {
    const alert = host(id).getByRole("alert");
    await expect(alert, id).toContainText("This quiz could not load its questions");
    await expect(alert, id).toContainText(reason);
    await expect(host(id)).toHaveAttribute("data-llm-quiz-mounted");
  }
});

test("the iframe takes its content's height, and ignores forged messages", async ({ page }) => {
  await page.goto("../examples/blog-post.html");
  const iframe = page.locator("iframe[data-llm-quiz]");
  await iframe.scrollIntoViewIfNeeded();
  const frame = page.frameLocator("iframe[data-llm-quiz]");
  const inner = (await (await iframe.elementHandle())!.contentFrame())!;
  const outerHeight = () => iframe.evaluate((el) => el.getBoundingClientRect().height);
  const contentHeight = () =>
    inner.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  /** Waits until the iframe is as tall as its content, and returns that height. */
  const settled = async () => {
    await expect.poll(async () => Math.abs((await outerHeight()) - (await contentHeight()))).toBeLessThanOrEqual(1);
    return outerHeight();
  };

  await expect(frame.getByRole("heading", { level: 2, name: custom.title })).toBeVisible();
  const onStart = await settled();
  expect(onStart).toBeGreaterThan(150); // taller than an iframe's default height

  await frame.getByRole("button", { name: "Start", exact: true }).click();
  const q = await questionIn(frame, custom);
  const onQuestion = await settled();
  for (const i of wrongPicks(q)) await choiceIn(frame, q, i).check();
  await frame.getByRole("button", { name: "Check" }).click();
  await frame.getByRole("button", { name: "Show model answer" }).click();
  await expect(frame.getByRole("heading", { name: "A strong answer" })).toBeVisible();
  const withAnswer = await settled();
  expect(withAnswer).toBeGreaterThan(onQuestion);
  // No scrolling inside the iframe: all of its content shows.
  expect(await inner.evaluate(() => document.documentElement.scrollHeight - window.innerHeight)).toBeLessThanOrEqual(1);

  // Forged height messages: from the host page itself, from another iframe, and
  // malformed ones from the quiz's own iframe. None of them may resize it.
  await page.evaluate(() => {
    const got: unknown[] = ((window as any).__messages = []);
    addEventListener("message", (e) => got.push(typeof e.data === "object" && e.data ? e.data.height : e.data));
    postMessage({ type: "llm-quiz:height", height: 33 }, "*");
    const other = document.createElement("iframe");
    other.srcdoc = `<script>parent.postMessage({ type: "llm-quiz:height", height: 44 }, "*")<\/script>`;
    document.body.append(other);
  });
  await inner.evaluate(() => {
    for (const height of [-5, 0, Number.NaN, Number.POSITIVE_INFINITY, "700", null])
      parent.postMessage({ type: "llm-quiz:height", height }, "*");
    parent.postMessage({ type: "something-else", height: 55 }, "*");
    parent.postMessage("llm-quiz:height", "*");
  });
  // The last message of each sender has arrived, so the resizer has seen them all.
  await expect
    .poll(() => page.evaluate(() => (window as any).__messages))
    .toEqual(expect.arrayContaining([33, 44, "llm-quiz:height"]));
  expect(await outerHeight()).toBe(withAnswer);
});

test("host events: answered on every check, completed with the score by topic", async ({ page }) => {
  await testPage(
    page,
    `<div class="llm-quiz" id="quiz" data-deck="custom-deck.json" data-shuffle="false"></div>
     <script>
       window.__events = [];
       window.__bubbled = [];
       const host = document.getElementById("quiz");
       for (const type of ["llm-quiz:answered", "llm-quiz:completed"]) {
         host.addEventListener(type, (e) =>
           __events.push({ type, detail: e.detail, bubbles: e.bubbles, composed: e.composed, target: e.target === host }));
         document.addEventListener(type, (e) => __bubbled.push({ type, target: e.target.id }));
       }
     </script>`,
  );
  const w = page.locator("#quiz").getByRole("region", { name: REGION });
  await startIn(w).click();
  const plan = [true, false, true, true];
  for (const [i, q] of custom.questions.entries()) {
    await answerIn(w, q, plan[i] ? correctPicks(q) : wrongPicks(q));
    await expect.poll(() => page.evaluate(() => (window as any).__events.length)).toBe(i + 1);
    await w.getByRole("button", { name: /^(Next|See results)$/ }).click();
  }
  await expect(w.getByRole("heading", { name: "Your results" })).toBeVisible();
  await expect.poll(() => page.evaluate(() => (window as any).__events.length)).toBe(custom.questions.length + 1);
  const events = await page.evaluate(() => (window as any).__events);

  const answered = custom.questions.map((q, i) => ({
    type: "llm-quiz:answered",
    detail: { deck: custom.id, question: q.id, correct: plan[i] },
    bubbles: true,
    composed: true,
    target: true,
  }));
  const topics: Record<string, { correct: number; total: number }> = {};
  for (const [i, q] of custom.questions.entries()) {
    topics[q.topic] ??= { correct: 0, total: 0 };
    topics[q.topic].total += 1;
    if (plan[i]) topics[q.topic].correct += 1;
  }
  expect(topics).toEqual({ retrieval: { correct: 2, total: 3 }, evaluation: { correct: 1, total: 1 } });
  const completed = {
    type: "llm-quiz:completed",
    detail: { deck: custom.id, mode: "quiz", score: 3, total: 4, topics },
    bubbles: true,
    composed: true,
    target: true,
  };
  expect(events).toEqual([...answered, completed]);
  expect(await page.evaluate(() => (window as any).__bubbled)).toEqual(
    events.map((e: { type: string }) => ({ type: e.type, target: "quiz" })),
  );
});

test("deep link: #q=<id> opens that question, in the iframe page and with data-deep-link", async ({ page }) => {
  const q = custom.questions[2];
  await page.goto(`embed.html?deck=../examples/custom-deck.json&shuffle=false#q=${q.id}`);
  const w = widgets(page);
  await expect(heading(w, q)).toBeVisible();
  await expect(w).toContainText(`Question 3 / ${custom.questions.length}`);

  await testPage(page, `<div class="llm-quiz" data-deck="custom-deck.json" data-deep-link="true"></div>`, {
    hash: `#q=${custom.questions[1].id}`,
  });
  await expect(heading(widgets(page), custom.questions[1])).toBeVisible();
});

test("elements added after load are mounted, also inside added subtrees", async ({ page }) => {
  await testPage(page, `<div class="llm-quiz"></div>`);
  await expect(widgets(page)).toHaveCount(1);
  await expect(startIn(widgets(page))).toBeVisible();
  await page.evaluate(() => {
    const one = document.createElement("div");
    one.className = "llm-quiz";
    one.id = "late";
    document.body.append(one);
    const section = document.createElement("section");
    section.innerHTML = `<div><div class="llm-quiz" id="nested" data-deck="custom-deck.json"></div></div>`;
    document.body.append(section);
  });
  await expect(widgets(page)).toHaveCount(3);
  await expect(page.locator("#late").getByRole("heading", { level: 2, name: deck.title })).toBeVisible();
  await expect(page.locator("#nested").getByRole("heading", { level: 2, name: custom.title })).toBeVisible();
  for (const id of ["late", "nested"]) await expect(page.locator(`#${id}`)).toHaveAttribute("data-llm-quiz-mounted");
});

test("embed.js included twice, and mount() on a mounted element, mount each widget once", async ({ page }) => {
  await testPage(
    page,
    `<div class="llm-quiz" id="a"></div><div class="llm-quiz" id="b" data-deck="custom-deck.json"></div>
     <script type="module" src="../quiz/embed.js"></script>`,
    { head: `<script type="module" src="../quiz/embed.js?again"></script>` },
  );
  await expect(widgets(page)).toHaveCount(2);
  await expect(page.locator("#b").getByRole("heading", { level: 2, name: custom.title })).toBeVisible();
  await page.evaluate(() => (window as any).LlmQuiz.mount(document.getElementById("a")));
  await expect(widgets(page)).toHaveCount(2);
  const perHost = await page.evaluate(() =>
    ["a", "b"].map((id) => document.getElementById(id)!.shadowRoot?.querySelectorAll('[role="region"]').length ?? 0),
  );
  expect(perHost).toEqual([1, 1]);
});

test("a widget three screens below the fold costs nothing until the reader scrolls near", async ({ page }) => {
  const fetched: string[] = [];
  page.on("request", (r) => fetched.push(new URL(r.url()).pathname));
  await testPage(page, `<p>Intro</p><div style="height:300vh"></div><div class="llm-quiz"></div>`);
  await page.waitForLoadState("networkidle");
  const heavy = () => fetched.filter((p) => /\.wasm$|\/deck-|first-screen-|llm-quiz-[0-9a-f]+\.js$/.test(p));
  expect(heavy()).toEqual([]);
  expect(fetched.some((p) => p.endsWith("/embed.js"))).toBe(true);

  // The WASM held back: the static first screen shows first, and a Start
  // pressed on it opens the first question once the app is up.
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  await page.route("**/*.wasm", async (route) => {
    await released;
    await route.continue();
  });
  await page.locator(".llm-quiz").scrollIntoViewIfNeeded();
  const w = widgets(page);
  await expect(w.getByRole("heading", { level: 2, name: deck.title })).toBeVisible();
  await expect(page.locator(".llm-quiz[data-llm-quiz-mounted]")).toHaveCount(0);
  await startIn(w).click();
  release();
  await expect(page.locator(".llm-quiz[data-llm-quiz-mounted]")).toHaveCount(1);
  await questionIn(w);
  expect(heavy().some((p) => p.endsWith(".wasm"))).toBe(true);
});

test("deep link into a part of the built-in deck not loaded yet: that chunk is fetched and the question shown", async ({ page }) => {
  const q = deck.questions[deck.questions.length - 1];
  const chunks: string[] = [];
  page.on("request", (r) => {
    const name = new URL(r.url()).pathname.split("/").pop() ?? "";
    if (/^deck-[0-9a-f]+\.json$/.test(name)) chunks.push(name);
  });
  await page.goto(`embed.html#q=${q.id}`);
  const w = widgets(page);
  await expect(heading(w, q)).toBeVisible();
  await expect(w).toContainText(`Question ${deck.questions.length} / ${deck.questions.length}`);
  // The question on screen needs one chunk (the last); nothing ahead of it is left.
  await page.waitForTimeout(500);
  expect(new Set(chunks).size).toBe(1);
});

test("filters that match nothing say so, and the Start buttons are disabled", async ({ page }) => {
  await testPage(page, `<div class="llm-quiz" data-deck="custom-deck.json" data-storage-key="filters-test"></div>`);
  const w = widgets(page);
  await expect(startIn(w)).toBeEnabled();
  await w.getByText("Options", { exact: true }).click();
  await w.getByRole("checkbox", { name: "Evaluation" }).check();
  const evaluation = custom.questions.filter((q) => q.topic === "evaluation").length;
  await expect(w.getByRole("status").filter({ hasText: "match your filters" })).toHaveText(
    `${evaluation} of ${custom.questions.length} questions match your filters (Options).`,
  );
  await w.getByRole("checkbox", { name: "Fundamentals" }).check();
  await expect(w.getByRole("status").filter({ hasText: "match your filters" })).toHaveText(
    `0 of ${custom.questions.length} questions match your filters: change them under Options.`,
  );
  await expect(startIn(w)).toBeDisabled();
  await w.getByRole("checkbox", { name: "Fundamentals" }).uncheck();
  await expect(startIn(w)).toBeEnabled();
  await w.getByRole("checkbox", { name: "Evaluation" }).uncheck();
  await expect(w.getByText("match your filters")).toHaveCount(0);
});

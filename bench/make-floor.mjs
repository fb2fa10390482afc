// Writes the benchmark's floor: the same deck as a plain hand-written HTML page, no
// framework, no WASM. What the widget's numbers are divided by.
//   node bench/make-floor.mjs [--deck questions.json] [--out bench/.out/floor]
// Two files:
//   index.html  — the start screen (title, question count, Start) is static HTML; the
//                 whole deck is inlined as JSON (as the widget embeds it in its WASM) and a
//                 few lines of vanilla JS run the quiz: radio/checkbox options, Check, a
//                 verdict in a live region, Next.
//   custom.html — the same script with an empty page: ?deck=<url> fetches a deck, parses
//                 it, checks its shape and renders the start screen (the floor for the
//                 widget's custom-deck path).
// The accessible roles and names match the widget's (button "Start", a group of radios
// or checkboxes, button "Check", a status saying "Correct." / "Not quite."), so the
// benchmark drives both pages with the same locators.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
// JSON inside <script>: "</script" and "<!--" must not appear literally.
const inlineJson = (v) => JSON.stringify(v).replace(/</g, "\\u003c");

const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;
const meta = (deck) => {
  const used = new Set(deck.questions.map((q) => q.topic));
  return `${plural(deck.questions.length, "question", "questions")} · ${plural(deck.topics.filter((t) => used.has(t.id)).length, "topic", "topics")}`;
};

const CSS = `body{margin:0;font:16px/1.5 system-ui,sans-serif;color:#1b1b1f;background:#fff}
main{max-width:44rem;margin:0 auto;padding:1rem}
button{font:inherit;min-height:44px;padding:.5rem 1rem;border-radius:.5rem;border:1px solid #3b4fd8;background:#3b4fd8;color:#fff}
fieldset{border:0;padding:0;margin:1rem 0}
label{display:flex;gap:.5rem;align-items:flex-start;padding:.6rem;border:1px solid #ccd;border-radius:.5rem;margin:.4rem 0}
.right{border-color:#15803d;background:#ecfdf3}.wrong{border-color:#b91c1c;background:#fef2f2}
.meta{color:#555}`;

// The quiz script, shared by both pages. `deck` is set before it runs, or fetched.
const SCRIPT = `
const main = document.querySelector("main");
const h = (tag, attrs, ...kids) => {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) k.startsWith("on") ? el.addEventListener(k.slice(2), v) : el.setAttribute(k, v);
  el.append(...kids);
  return el;
};
const plural = (n, one, many) => n + " " + (n === 1 ? one : many);
function validate(d) {
  const errors = [];
  const text = (v, max) => typeof v === "string" && v.trim() !== "" && v.length <= max;
  if (!text(d.title, 600)) errors.push("title");
  if (!Array.isArray(d.topics) || !d.topics.length) errors.push("topics");
  const topics = new Set((d.topics || []).map((t) => t.id));
  if (!Array.isArray(d.questions) || !d.questions.length || d.questions.length > 10000) return errors.concat("questions");
  const ids = new Set();
  d.questions.forEach((q, i) => {
    const at = "questions[" + i + "]";
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(q.id) || q.id.length > 64 || ids.has(q.id)) errors.push(at + ".id");
    ids.add(q.id);
    if (!topics.has(q.topic)) errors.push(at + ".topic");
    if (!text(q.prompt, 600)) errors.push(at + ".prompt");
    if (!text(q.model_answer, 3000)) errors.push(at + ".model_answer");
    const c = q.choices;
    if (!Array.isArray(c) || c.length < 2 || c.length > 6 || !c.some((x) => x.correct === true)) errors.push(at + ".choices");
    else c.forEach((x, k) => { if (!text(x.text, 600) || !text(x.explanation, 3000)) errors.push(at + ".choices[" + k + "]"); });
  });
  return errors;
}
function startScreen() {
  const used = new Set(deck.questions.map((q) => q.topic));
  main.replaceChildren(
    h("h2", {}, deck.title),
    deck.description ? h("p", {}, deck.description) : "",
    h("p", { class: "meta" }, plural(deck.questions.length, "question", "questions") + " · " + plural(deck.topics.filter((t) => used.has(t.id)).length, "topic", "topics")),
    h("button", { type: "button", id: "start", onclick: () => show(0) }, "Start"),
  );
}
function show(i) {
  const q = deck.questions[i];
  const multi = q.choices.filter((c) => c.correct).length > 1;
  const verdict = h("p", { role: "status", "aria-live": "polite" });
  const labels = q.choices.map((c, k) => h("label", {}, h("input", { type: multi ? "checkbox" : "radio", name: "c", value: k }), c.text));
  const form = h("form", {}, h("fieldset", {}, h("legend", {}, multi ? "Select all that apply" : "Choose one"), ...labels), verdict, h("button", {}, "Check"));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const picked = new Set([...form.querySelectorAll("input:checked")].map((x) => Number(x.value)));
    const right = q.choices.every((c, k) => c.correct === picked.has(k));
    verdict.textContent = right ? "Correct." : "Not quite. The correct answer is marked in green.";
    labels.forEach((l, k) => { l.className = q.choices[k].correct ? "right" : picked.has(k) ? "wrong" : ""; l.append(h("small", {}, " " + q.choices[k].explanation)); });
    form.querySelectorAll("input").forEach((x) => (x.disabled = true));
    form.lastChild.replaceWith(h("button", { type: "button", onclick: () => (i + 1 < deck.questions.length ? show(i + 1) : startScreen()) }, "Next"));
  });
  main.replaceChildren(h("p", { class: "meta" }, "Question " + (i + 1) + " / " + deck.questions.length), h("h2", {}, q.prompt), form);
}
`;

/** The two floor pages for `deck` (a parsed deck object) as { "index.html": …, "custom.html": … }. */
export function floorPages(deck) {
  const page = (body, script) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>LLM interview practice (plain HTML floor)</title>
<style>${CSS}</style>
</head>
<body>
<h1>LLM interview practice</h1>
<main>${body}</main>
<script>${script}</script>
</body>
</html>
`;
  const index = page(
    `<h2>${esc(deck.title)}</h2>${deck.description ? `<p>${esc(deck.description)}</p>` : ""}<p class="meta">${esc(meta(deck))}</p><button type="button" id="start">Start</button>`,
    `const deck = ${inlineJson(deck)};${SCRIPT}document.getElementById("start").addEventListener("click", () => show(0));`,
  );
  const custom = page(
    `<p>Loading the questions…</p>`,
    `let deck;${SCRIPT}
(async () => {
  const url = new URLSearchParams(location.search).get("deck");
  const text = await (await fetch(url)).text();
  performance.mark("floor:deck-start");
  deck = JSON.parse(text);
  const errors = validate(deck);
  performance.measure("floor:deck", "floor:deck-start");
  if (errors.length) main.replaceChildren(h("p", { role: "alert" }, "Invalid deck: " + errors.slice(0, 5).join(", ")));
  else startScreen();
})();`,
  );
  return { "index.html": index, "custom.html": custom };
}

/** Writes the floor pages into `out` from the deck file `deckPath`. */
export function writeFloor(deckPath, out) {
  const deck = JSON.parse(readFileSync(deckPath, "utf8"));
  mkdirSync(out, { recursive: true });
  for (const [name, html] of Object.entries(floorPages(deck))) writeFileSync(join(out, name), html);
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : fallback;
  };
  const out = writeFloor(opt("deck", "questions.json"), opt("out", "bench/.out/floor"));
  console.log(`floor pages written to ${out}`);
}

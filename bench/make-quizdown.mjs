// Writes the benchmark's second reference: the same deck as a quizdown-js page
// (https://github.com/bonartm/quizdown-js, the npm package `quizdown`, pinned in
// package.json). Not a floor but a real, comparable widget: a Svelte app that turns
// markdown in a <div class="quizdown"> into a quiz in a shadow root.
//   node bench/make-quizdown.mjs [--deck questions.json] [--out bench/.out/quizdown]
// Two files:
//   index.html   — loads quizdown.js in <head> and calls quizdown.init(), as its README
//                  shows; the whole deck is inlined as quizdown markdown in one
//                  <div class="quizdown"> (quizdown reads the div's innerHTML on `load`);
//   quizdown.js  — node_modules/quizdown/public/build/quizdown.js, copied as it is, so
//                  the page gets it from the same local server (no CDN).
// Each question becomes a heading (its quiz_prompt, else its prompt) and a task list:
// an ordered one ("1. [x]" / "1. [ ]": quizdown's single choice, radio buttons) or, for a
// `multi` question, an unordered one ("- [x]" / "- [ ]": its multiple choice, checkboxes).
// Each choice's explanation is its comment ("    > …", shown on quizdown's results page).
// quizdown's default options are kept (answers shuffled, locale from the browser).
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

/** The quizdown.js bundle and the package version, from node_modules. */
export function quizdownBundle() {
  const require = createRequire(import.meta.url);
  const pkgPath = require.resolve("quizdown/package.json");
  const { version } = JSON.parse(readFileSync(pkgPath, "utf8"));
  return { file: join(dirname(pkgPath), "public/build/quizdown.js"), version };
}

// Markdown: backslash-escape what marked would read as inline markup outside code spans
// (emphasis, links, HTML, entities, strikethrough, headings' closing #s). The deck's
// `code` spans (the widget renders them as <code>) stay code spans. One line per text.
const INLINE = /[\\`*_[\]<>&#|~!]/g;
const escapeText = (s) =>
  s
    .replace(INLINE, (c) => "\\" + c)
    // At the start of a line's content, list markers and block quotes would nest.
    .replace(/^([-+=>])/, "\\$1")
    .replace(/^(\d+)([.)])/, "$1\\$2");
/** Deck text (plain text with `code` spans) as one line of markdown. */
export function markdownInline(text) {
  const line = String(text).replace(/\s+/g, " ").trim();
  // As src/deck/text.rs: between two consecutive pieces there was one backtick; odd
  // pieces are code when closed.
  const pieces = line.split("`");
  let out = escapeText(pieces[0]);
  for (let i = 1; i < pieces.length; i += 2) {
    const code = pieces[i];
    const after = pieces[i + 1];
    if (after === undefined) {
      out += "\\`" + escapeText(code);
    } else {
      out += code === "" ? "\\`\\`" : "`" + code + "`";
      out += escapeText(after);
    }
  }
  return out;
}

/** The deck as quizdown markdown. */
export function deckMarkdown(deck) {
  return deck.questions
    .map((q) => {
      const lines = [`### ${markdownInline(q.quiz_prompt ?? q.prompt)}`, ""];
      q.choices.forEach((c) => {
        lines.push(`${q.multi ? "-" : "1."} [${c.correct ? "x" : " "}] ${markdownInline(c.text)}`);
        if (c.explanation) lines.push(`    > ${markdownInline(c.explanation)}`);
      });
      return lines.join("\n");
    })
    .join("\n\n");
}

// Inside the div the markdown is HTML text: quizdown reads innerHTML and decodes
// &lt; &gt; &amp; (only those) before handing it to marked.
const escHtml = (s) => s.replace(/[&<>]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;" })[c]);

/** The page for `deck` (a parsed deck object). */
export function quizdownPage(deck, version = "") {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>LLM interview practice (quizdown-js${version ? " " + version : ""})</title>
<script src="quizdown.js"></script>
<script>quizdown.init();</script>
<style>body{margin:0;font:16px/1.5 system-ui,sans-serif;color:#1b1b1f;background:#fff}h1{max-width:44rem;margin:0 auto;padding:1rem 1rem 0}</style>
</head>
<body>
<h1>LLM interview practice</h1>
<div class="quizdown">
${escHtml(deckMarkdown(deck))}
</div>
</body>
</html>
`;
}

/** Writes index.html and quizdown.js into `out` from the deck file `deckPath`. */
export function writeQuizdown(deckPath, out) {
  const deck = JSON.parse(readFileSync(deckPath, "utf8"));
  const bundle = quizdownBundle();
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, "index.html"), quizdownPage(deck, bundle.version));
  copyFileSync(bundle.file, join(out, "quizdown.js"));
  return { out, version: bundle.version };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : fallback;
  };
  const { out, version } = writeQuizdown(opt("deck", "questions.json"), opt("out", "bench/.out/quizdown"));
  console.log(`quizdown ${version} page written to ${out}`);
}

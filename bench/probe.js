// Injected into every benchmarked page before its own scripts (Playwright addInitScript).
// Records, on the page's performance.now() clock (0 = navigation start):
//   marks.screenInserted / screenPainted  a Start button is on the page (the first
//                        screen: prerendered static HTML counts) / its first frame painted;
//   marks.startInserted  the app's Start button exists (in the document or any shadow root)
//                        and no widget host is still waiting for its app to mount;
//   marks.startPainted   the first frame after that has been painted (rAF, then a task);
//   marks.startFree      the first task after the one that inserted it: the main thread is
//                        free to run a click handler (the widget binds its listeners as it
//                        creates the nodes, so from here a click works);
//   marks.<kind>Inserted / <kind>Painted for an armed interaction (see arm());
//   marks.alert (and alertText) when a role=alert appears: the deck's error panel;
// and, in the "first question" pass (window.__benchMode set before this script runs:
// "first-start" for a page with a Start button, "first" for one without):
//   marks.firstPress     Start pressed in the page (button.click()) as soon as it works:
//                        in the task of max(startFree, DOMContentLoaded + a task);
//   marks.optionsReady   the first question's options are there and take a click: every
//                        option input enabled, the click target (its <label>, else the
//                        input) laid out, visible, not pointer-events:none, and hit-tested
//                        at its centre (elementFromPoint) when on screen;
//   marks.optionsFree    the first task after the one that made them so: the handlers,
//                        bound as the nodes were made, can run a click;
// and buffers long tasks, Event Timing entries, LCP, and the WebAssembly.Memory of any
// instance the page creates (to read its size). Nothing here changes what the page does,
// except one MutationObserver per root and a wrapped attachShadow/instantiate.
(() => {
  if (window.__bench) return;
  const now = () => performance.now();
  const B = (window.__bench = { marks: {}, longtasks: [], events: [], lcp: [], memories: [], armed: null });
  const waiters = {};
  const mark = (name, t = now()) => {
    if (name in B.marks) return;
    B.marks[name] = t;
    (waiters[name] || []).forEach((f) => f(t));
  };
  /** A promise of the mark `name` (resolves at once if it is set). */
  B.until = (name) => (name in B.marks ? Promise.resolve(B.marks[name]) : new Promise((ok) => (waiters[name] ||= []).push(ok)));

  // A task posted from a rAF callback runs after that frame's paint.
  const nextTask = (f) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => f(now());
    ch.port2.postMessage(0);
  };
  const afterPaint = (f) => requestAnimationFrame(() => nextTask(f));

  const observe = (type, f, extra = {}) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(f)).observe({ type, buffered: true, ...extra });
    } catch {
      /* not supported: the runner reports n/a */
    }
  };
  observe("longtask", (e) => B.longtasks.push({ start: e.startTime, duration: e.duration }));
  observe("largest-contentful-paint", (e) => B.lcp.push(e.startTime));
  observe(
    "event",
    (e) =>
      B.events.push({
        name: e.name,
        start: e.startTime,
        duration: e.duration,
        processingStart: e.processingStart,
        processingEnd: e.processingEnd,
        interactionId: e.interactionId,
      }),
    { durationThreshold: 16 },
  );

  // WASM memory: keep the exported memory of every instance created.
  const keep = (result) => {
    const instance = result instanceof WebAssembly.Instance ? result : result && result.instance;
    for (const v of Object.values((instance && instance.exports) || {})) {
      if (v instanceof WebAssembly.Memory) B.memories.push(v);
    }
    return result;
  };
  for (const name of ["instantiate", "instantiateStreaming"]) {
    const original = WebAssembly[name];
    if (original) WebAssembly[name] = function (...args) { return original.apply(this, args).then(keep); };
  }
  B.wasmBytes = () => B.memories.reduce((n, m) => n + m.buffer.byteLength, 0);

  // Watch the document and every shadow root (the widget renders in an open one).
  const roots = [document];
  const all = (selector) => roots.flatMap((r) => [...r.querySelectorAll(selector)]);
  const VERDICT = /^\s*(Correct\.|Not quite)/;
  // A widget host whose app has not mounted yet: its Start (prerendered into the
  // static HTML, src/embed/prerender.rs) is on screen but the app is not running.
  const waiting = () => document.querySelector("#llm-quiz:not([data-llm-quiz-mounted]), .llm-quiz:not([data-llm-quiz-mounted])");
  const startShown = () => all("button").some((b) => b.textContent.trim() === "Start");
  const found = {
    // The app's own Start: a click is handled at once.
    start: () => startShown() && !waiting(),
    question: () => all("fieldset input[type=radio], fieldset input[type=checkbox]").length > 0,
    verdict: () => all("[role=status]").some((s) => VERDICT.test(s.textContent)),
  };
  const check = () => {
    // Declarative shadow roots (the prerendered first screen) are made by the parser,
    // not attachShadow: watch them as they turn up.
    for (const host of document.querySelectorAll("#llm-quiz, .llm-quiz")) {
      if (host.shadowRoot && !roots.includes(host.shadowRoot)) {
        roots.push(host.shadowRoot);
        watch(host.shadowRoot);
      }
    }
    // The first screen (title, count, Start), static or live.
    if (!("screenInserted" in B.marks) && startShown()) {
      mark("screenInserted");
      afterPaint((t) => mark("screenPainted", t));
    }
    // An error panel (a deck that does not load) or the crash message: fail fast.
    if (!("alert" in B.marks)) {
      const alert = all("[role=alert]").find((a) => a.textContent.trim());
      if (alert) {
        B.alertText = alert.textContent.trim().slice(0, 300);
        mark("alert");
      }
    }
    if (!("startInserted" in B.marks) && found.start()) {
      mark("startInserted");
      afterPaint((t) => mark("startPainted", t));
      nextTask((t) => mark("startFree", t));
    }
    const kind = B.armed;
    if (kind && !(`${kind}Inserted` in B.marks) && found[kind]()) {
      mark(`${kind}Inserted`);
      afterPaint((t) => mark(`${kind}Painted`, t));
      B.armed = null;
    }
  };
  // ---- the "first question" pass: Start pressed at once, then the options watched.
  B.mode = window.__benchMode || null;
  let optionsArmed = B.mode === "first";
  let polling = false;
  const options = () => all("input[type=radio], input[type=checkbox]");
  const clickable = (input) => {
    if (input.matches(":disabled") || input.closest("[inert]")) return false;
    const target = input.closest("label") || input;
    const r = target.getBoundingClientRect();
    if (!r.width || !r.height) return false;
    const style = getComputedStyle(target);
    if (style.visibility !== "visible" || style.pointerEvents === "none") return false;
    const x = r.left + r.width / 2;
    const y = r.top + Math.min(r.height / 2, 20);
    if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return "offscreen";
    const hit = target.getRootNode().elementFromPoint(x, y);
    return !!hit && (hit === target || target.contains(hit));
  };
  const checkOptions = () => {
    if (!optionsArmed || "optionsReady" in B.marks) return;
    const inputs = options();
    if (!inputs.length) return;
    const states = inputs.map(clickable);
    // Every option enabled and laid out; at least one hit-tests as the topmost element
    // (or none is on screen: reachable by scrolling).
    if (states.every(Boolean) && (states.includes(true) || states.every((s) => s === "offscreen"))) {
      mark("optionsReady");
      B.optionsCount = inputs.length;
      nextTask((t) => mark("optionsFree", t));
      return;
    }
    // There but not yet clickable (styles, layout, an overlay): look again every frame.
    if (!polling) {
      polling = true;
      requestAnimationFrame(() => {
        polling = false;
        checkOptions();
      });
    }
  };
  if (B.mode === "first-start") {
    const parsed = new Promise((ok) =>
      document.readyState === "loading" ? addEventListener("DOMContentLoaded", () => nextTask(ok), { once: true }) : ok(),
    );
    Promise.all([B.until("startFree"), parsed]).then(() => {
      const start = all("button").find((b) => b.textContent.trim() === "Start");
      optionsArmed = true;
      mark("firstPress");
      start.click();
      checkOptions();
    });
  }

  const mo = new MutationObserver(() => {
    check();
    checkOptions();
  });
  const watch = (root) => mo.observe(root, { childList: true, subtree: true, characterData: true });
  watch(document);
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    roots.push(root);
    watch(root);
    return root;
  };

  /**
   * Arms the next click: from it (its event timestamp: when the browser received the
   * button's release) to the frame that paints the `kind` ("question" or "verdict") is
   * recorded as marks.<kind>Click … marks.<kind>Painted; marks.<kind>Press is the
   * pointerdown before it (where the interaction's Event Timing entries start). (From the release, not the
   * press: the time between a scripted press and release is the harness's, not ours.)
   */
  let lastPress = null;
  addEventListener("pointerdown", (e) => (lastPress = e.timeStamp), { capture: true });
  B.arm = (kind) => {
    addEventListener(
      "click",
      (e) => {
        B.marks[`${kind}Click`] = e.timeStamp;
        B.marks[`${kind}Press`] = lastPress;
        B.armed = kind;
        check();
      },
      { capture: true, once: true },
    );
  };
})();

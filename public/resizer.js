// llm-quiz iframe resizer, for host pages: <script src=".../resizer.js"></script>
// Every <iframe data-llm-quiz src=".../embed.html?..."> (also ones added later) takes the
// height its page reports. Only messages from that iframe's own window are believed.
(function () {
  "use strict";
  if (window.LlmQuizResizer) return;
  var MAX = 20000;
  function frameOf(source) {
    if (!source) return null;
    var frames = document.querySelectorAll("iframe[data-llm-quiz]");
    for (var i = 0; i < frames.length; i++) if (frames[i].contentWindow === source) return frames[i];
    return null;
  }
  function onMessage(event) {
    var data = event.data;
    if (!data || typeof data !== "object" || data.type !== "llm-quiz:height") return;
    var height = data.height;
    if (typeof height !== "number" || !isFinite(height) || height <= 0) return;
    var frame = frameOf(event.source);
    if (!frame) return;
    frame.style.height = Math.ceil(Math.min(height, MAX)) + "px";
  }
  window.addEventListener("message", onMessage);
  // Iframes that reported before this script ran: ask them once more.
  var frames = document.querySelectorAll("iframe[data-llm-quiz]");
  for (var i = 0; i < frames.length; i++) {
    if (frames[i].contentWindow) frames[i].contentWindow.postMessage({ type: "llm-quiz:measure" }, "*");
  }
  window.LlmQuizResizer = { version: 1 };
})();

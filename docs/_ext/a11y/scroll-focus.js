/* Regions that scroll sideways (a long code line, a wide table) can be reached by keyboard:
 * each gets tabindex="0" while it is wider than its box, and loses it when it fits again. */
(function () {
  "use strict";
  var SELECTOR = "div.highlight > pre, .table-wrapper, .math-wrapper";
  function update() {
    Array.prototype.forEach.call(document.querySelectorAll(SELECTOR), function (el) {
      if (el.scrollWidth > el.clientWidth + 1) {
        el.setAttribute("tabindex", "0");
      } else if (el.getAttribute("tabindex") === "0") {
        el.removeAttribute("tabindex");
      }
    });
  }
  var pending = null;
  window.addEventListener("resize", function () {
    clearTimeout(pending);
    pending = setTimeout(update, 100);
  });
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", update);
  } else {
    update();
  }
})();

/* sphinx-shownotes: click-to-load video players.
 *
 * A talk's video box holds only a button: nothing is fetched from the video host until the
 * reader presses it. Then the host's player (its address built by the extension from the
 * video's checked id, in data-player) is put in an iframe named by data-frame-title, and
 * focus moves to it. Without JavaScript the box stays hidden; the header's plain link remains.
 */
(function () {
  "use strict";

  function load(box, button) {
    var frame = document.createElement("iframe");
    frame.src = box.getAttribute("data-player");
    frame.title = box.getAttribute("data-frame-title") || "";
    frame.setAttribute("allow", "autoplay; fullscreen; picture-in-picture; encrypted-media");
    frame.setAttribute("allowfullscreen", "");
    frame.setAttribute("referrerpolicy", "strict-origin-when-cross-origin");
    frame.className = "shownotes-video-frame";
    box.classList.add("shownotes-video-loaded");
    box.replaceChildren(frame);
    frame.focus();
  }

  function init() {
    var boxes = document.querySelectorAll(".shownotes-video[data-player]");
    Array.prototype.forEach.call(boxes, function (box) {
      var button = box.querySelector(".shownotes-video-play");
      if (!button) return;
      box.hidden = false;
      button.addEventListener("click", function () { load(box, button); });
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();

/* sphinx-shownotes: troubleshooting checklists.
 *
 * The page works without this script: every check has a real checkbox and label. The script
 * adds a progress line ("2 of 5 checked", announced politely to screen readers) and a reset
 * button, and keeps the ticks in localStorage under
 * "shownotes:checklist:<page path>:<key>" unless the checklist says data-persist="false". The key
 * is the checklist's data-storage-key: its id, with "~2", "~3"... for a second and third checklist
 * of that id on the page (a copy drawn with :no-index:, an ignored duplicate), so each keeps its own.
 */
(function () {
  "use strict";

  var PREFIX = "shownotes:checklist:";

  /** localStorage, or null where it is missing or refused (private modes, file: URLs). */
  function getStorage() {
    try {
      var storage = window.localStorage;
      var probe = PREFIX + "probe";
      storage.setItem(probe, probe);
      storage.removeItem(probe);
      return storage;
    } catch (err) {
      return null;
    }
  }

  function readTicks(storage, key) {
    if (!storage) return [];
    try {
      var value = JSON.parse(storage.getItem(key) || "[]");
      return Array.isArray(value) ? value.map(String) : [];
    } catch (err) {
      return [];
    }
  }

  function writeTicks(storage, key, ticks) {
    if (!storage) return;
    try {
      if (ticks.length) storage.setItem(key, JSON.stringify(ticks));
      else storage.removeItem(key);
    } catch (err) {
      /* quota or privacy settings: ticks simply are not kept */
    }
  }

  function setUp(list, storage) {
    var id = list.getAttribute("data-storage-key") || list.getAttribute("data-checklist") || "";
    var persist = list.getAttribute("data-persist") !== "false" && id !== "" && storage !== null;
    var key = PREFIX + window.location.pathname + ":" + id;
    var boxes = Array.prototype.filter.call(
      list.querySelectorAll("input.shownotes-check-box"),
      function (box) {
        return box.closest(".shownotes-checklist") === list;
      }
    );
    var controls = list.querySelector(".shownotes-checklist-controls");
    var progress = controls && controls.querySelector(".shownotes-checklist-progress");
    var reset = controls && controls.querySelector(".shownotes-checklist-reset");
    var template =
      (progress && progress.getAttribute("data-template")) || "{checked} of {total} checked";

    function ticked() {
      return boxes
        .filter(function (box) {
          return box.checked;
        })
        .map(function (box) {
          return box.getAttribute("data-check") || "";
        });
    }

    function update() {
      var done = ticked();
      boxes.forEach(function (box) {
        var item = box.closest(".shownotes-check");
        if (item) item.classList.toggle("shownotes-check-done", box.checked);
      });
      if (progress) {
        progress.textContent = template
          .replace("{checked}", String(done.length))
          .replace("{total}", String(boxes.length));
      }
      list.classList.toggle("shownotes-checklist-complete", done.length === boxes.length);
      return done;
    }

    if (persist) {
      var kept = readTicks(storage, key);
      boxes.forEach(function (box) {
        box.checked = kept.indexOf(box.getAttribute("data-check") || "") !== -1;
      });
    }
    update();

    boxes.forEach(function (box) {
      box.addEventListener("change", function () {
        var done = update();
        if (persist) writeTicks(storage, key, done);
      });
    });
    if (reset) {
      reset.addEventListener("click", function () {
        boxes.forEach(function (box) {
          box.checked = false;
        });
        update();
        if (persist) writeTicks(storage, key, []);
      });
    }
    if (controls) controls.hidden = false;
  }

  function init() {
    var storage = getStorage();
    document.querySelectorAll(".shownotes-checklist").forEach(function (list) {
      setUp(list, storage);
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();

/* Shared by the guide's scripts: run a set-up function once for each page that has `selector`.
 * Material's instant navigation swaps pages without reloading scripts and announces each page
 * on `document$`; without Material's script (or before it loads) DOMContentLoaded does instead. */
window.guideSetUp = function (selector, setUp) {
  "use strict";
  function init() {
    var element = document.querySelector(selector);
    if (element && !element.dataset.ready) {
      element.dataset.ready = "true";
      setUp(element);
    }
  }
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(init);
  } else {
    document.addEventListener("DOMContentLoaded", init);
  }
};

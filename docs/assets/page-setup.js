/* Shared by the guide's scripts.
 *
 * guideSetUp(selector, setUp): run a set-up function once for each page that has `selector`.
 * Material's instant navigation swaps pages without reloading scripts and announces each page
 * on `document$`; without Material's script (or before it loads) DOMContentLoaded does instead.
 *
 * guideLoadJson(base, path, what): fetch a JSON file the build wrote. A failure rejects with an
 * error whose message says what failed, which file and why, ready to show to the reader:
 * "Could not load the builder data (data/builder/x.json: HTTP 404)." Its name is
 * "GuideLoadError", so a caller can tell a failed load from a bug in its own code.
 *
 * guideProblem(message): a paragraph that shows a problem to the reader (role="alert").
 */
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

window.guideLoadJson = function (base, path, what) {
  "use strict";
  function failed(reason) {
    var error = new Error("Could not load " + what + " (" + path + ": " + reason + ").");
    error.name = "GuideLoadError";
    return error;
  }
  return fetch(new URL(path, base)).then(
    function (response) {
      if (!response.ok) throw failed("HTTP " + response.status);
      return response.json().catch(function () { throw failed("not valid JSON"); });
    },
    function () { throw failed("network error"); }
  );
};

window.guideProblem = function (message) {
  "use strict";
  var paragraph = document.createElement("p");
  paragraph.className = "guide-problem";
  paragraph.setAttribute("role", "alert");
  paragraph.textContent = message;
  return paragraph;
};

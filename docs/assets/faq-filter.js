/* FAQ hub filter: narrows the questions by words, department and role as you type.
 *
 * Progressive: without JavaScript the form stays hidden and every question is listed, grouped by
 * department (h2) and role (h3). The state lives in the URL (?words=&department=&role=; not ?q=,
 * which Material reserves for its search box) so a filtered
 * view can be shared. Material's instant navigation swaps pages without reloading scripts, so the
 * filter is set up on every `document$` emission rather than once.
 */
(function () {
  "use strict";

  function normalise(text) {
    return text.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  }

  /* Read the hub's structure: one group per role, each with its department and questions. */
  function readGroups(content) {
    var groups = [];
    var department = null;
    Array.prototype.forEach.call(content.children, function (element) {
      if (element.tagName === "H2") {
        department = { id: element.id, name: element.textContent.replace("¶", "").trim(), heading: element };
      } else if (element.tagName === "H3" && department) {
        var list = element.nextElementSibling;
        if (!list || list.tagName !== "UL") return;
        groups.push({
          department: department,
          role: element.id,
          title: element.textContent.replace("¶", "").trim(),
          heading: element,
          list: list,
          items: Array.prototype.map.call(list.children, function (item) {
            return { element: item, text: normalise(item.textContent) };
          }),
        });
      }
    });
    return groups;
  }

  function addOption(select, value, label) {
    var option = document.createElement("option");
    option.value = value;
    option.textContent = label;
    select.appendChild(option);
  }

  function setUp(form) {
    var content = form.closest("article") || document.querySelector(".md-content__inner");
    var groups = readGroups(content);
    var fields = { words: form.elements.words, department: form.elements.department, role: form.elements.role };
    var status = form.querySelector(".faq-filter__status");
    var total = groups.reduce(function (sum, group) { return sum + group.items.length; }, 0);

    var seen = {};
    groups.forEach(function (group) {
      if (!seen[group.department.id]) {
        seen[group.department.id] = true;
        addOption(fields.department, group.department.id, group.department.name);
      }
      addOption(fields.role, group.role, group.title);
    });

    function apply() {
      var words = normalise(fields.words.value).split(/\s+/).filter(Boolean);
      var department = fields.department.value;
      var role = fields.role.value;
      var shown = 0;
      var departmentsShown = {};
      groups.forEach(function (group) {
        var groupMatches = (!department || group.department.id === department) && (!role || group.role === role);
        var visible = 0;
        group.items.forEach(function (item) {
          var match = groupMatches && words.every(function (word) { return item.text.indexOf(word) !== -1; });
          item.element.hidden = !match;
          if (match) visible += 1;
        });
        group.heading.hidden = group.list.hidden = visible === 0;
        if (visible) departmentsShown[group.department.id] = true;
        shown += visible;
      });
      groups.forEach(function (group) {
        group.department.heading.hidden = !departmentsShown[group.department.id];
      });
      status.textContent = shown === total
        ? "Showing all " + total + " questions."
        : "Showing " + shown + " of " + total + " questions." + (shown ? "" : " Try fewer words.");
      var params = new URLSearchParams();
      Object.keys(fields).forEach(function (name) {
        if (fields[name].value) params.set(name, fields[name].value);
      });
      var query = params.toString();
      history.replaceState(history.state, "", location.pathname + (query ? "?" + query : "") + location.hash);
    }

    var params = new URLSearchParams(location.search);
    Object.keys(fields).forEach(function (name) {
      var value = params.get(name);
      if (value !== null) fields[name].value = value;
    });
    form.addEventListener("input", apply);
    form.addEventListener("change", apply);
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.addEventListener("reset", function () { setTimeout(apply, 0); });
    form.hidden = false;
    apply();
  }

  window.guideSetUp("form.faq-filter", setUp);
})();

/* Compare page: two or three roles side by side, from small per-role JSON files written at
 * build time (data/compare/<slug>.json). The choice lives in the URL (?roles=a,b,c). Without
 * JavaScript the form stays hidden and the page points to the role index. A file that fails to
 * load is named on the page with its status; a bug in drawing the table is reported as such and
 * logged to the console. */
(function () {
  "use strict";

  function element(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  function list(items) {
    var ul = element("ul");
    items.forEach(function (item) { ul.appendChild(element("li", item)); });
    return ul;
  }

  function cellFor(role, row) {
    var cell = element("td");
    if (row === "salary") {
      role.salary.bands.forEach(function (band) {
        var line = element("div", band.label + ": " + band.range);
        if (band.level === role.salary.posting_level) line.className = "role-compare__posting";
        cell.appendChild(line);
      });
      cell.appendChild(element("div", role.salary.occupation + ", " + role.salary.source, "role-compare__source"));
    } else if (row === "tools") {
      cell.appendChild(list(role.tools.map(function (g) { return g.category + ": " + g.names.join(", "); })));
    } else if (row === "summary") {
      cell.textContent = role.summary;
    } else {
      cell.appendChild(list(role[row]));
    }
    return cell;
  }

  var ROWS = [
    ["summary", "What the role does"],
    ["salary", "Salary by level"],
    ["responsibilities", "Key responsibilities"],
    ["hard_skills", "Hard skills"],
    ["tools", "Tools"],
  ];

  function render(container, roles, base) {
    container.textContent = "";
    if (roles.length < 2) return;
    var table = element("table");
    var caption = element("caption", "Comparison of " + roles.map(function (r) { return r.title; }).join(", "));
    table.appendChild(caption);
    var head = element("tr");
    head.appendChild(element("th", "", ""));
    roles.forEach(function (role) {
      var th = element("th");
      th.scope = "col";
      var link = element("a", role.title);
      link.href = base + "roles/" + role.slug + "/";
      th.appendChild(link);
      head.appendChild(th);
    });
    var thead = element("thead");
    thead.appendChild(head);
    table.appendChild(thead);
    var body = element("tbody");
    ROWS.forEach(function (row) {
      var tr = element("tr");
      var th = element("th", row[1]);
      th.scope = "row";
      tr.appendChild(th);
      roles.forEach(function (role) { tr.appendChild(cellFor(role, row[0])); });
      body.appendChild(tr);
    });
    table.appendChild(body);
    container.appendChild(table);
  }

  function setUp(form) {
    var base = new URL(form.dataset.base || "..", location.href).href.replace(/\/?$/, "/");
    var container = document.querySelector(".role-compare__table");
    var status = form.querySelector(".role-compare__status");
    var selects = [form.elements.role1, form.elements.role2, form.elements.role3];
    var titles = {};
    var cache = {};
    var latest = 0;

    /* A role's file, fetched once; a failed fetch is forgotten so that choosing again retries. */
    function load(slug) {
      if (!cache[slug]) {
        var what = "the data for " + (titles[slug] || slug);
        cache[slug] = window.guideLoadJson(base, "data/compare/" + slug + ".json", what);
        cache[slug].catch(function () { delete cache[slug]; });
      }
      return cache[slug];
    }

    function say(message, problem) {
      status.textContent = message;
      status.classList.toggle("guide-problem", Boolean(problem));
    }

    /* A failed fetch says which file and why; a failure to draw the table is our bug: it says the
     * comparison could not be shown and goes to the console. */
    function update() {
      var slugs = selects.map(function (s) { return s.value; }).filter(Boolean);
      var params = new URLSearchParams(location.search);
      if (slugs.length) params.set("roles", slugs.join(",")); else params.delete("roles");
      var query = params.toString();
      history.replaceState(history.state, "", location.pathname + (query ? "?" + query : ""));
      var ticket = ++latest;
      if (slugs.length < 2) {
        container.textContent = "";
        say("Choose at least two roles.");
        return;
      }
      say("Loading…");
      Promise.all(slugs.map(load)).then(function (roles) {
        if (ticket !== latest) return;
        try {
          render(container, roles, base);
          say("Comparing " + roles.length + " roles.");
        } catch (error) {
          console.error(error);
          container.textContent = "";
          say("Could not show the comparison.", true);
        }
      }, function (error) {
        if (ticket !== latest) return;
        container.textContent = "";
        say(error.message, true);
      });
    }

    function start(roles) {
      roles.forEach(function (role) { titles[role.slug] = role.title; });
      selects.forEach(function (select) {
        roles.forEach(function (role) {
          var option = element("option", role.title + " (" + role.department + ")");
          option.value = role.slug;
          select.appendChild(option);
        });
      });
      var wanted = (new URLSearchParams(location.search).get("roles") || "").split(",").filter(Boolean);
      wanted.slice(0, 3).forEach(function (slug, index) { selects[index].value = slug; });
      form.addEventListener("change", update);
      form.hidden = false;
      update();
    }

    window.guideLoadJson(base, "data/compare/index.json", "the list of roles").then(function (roles) {
      try {
        start(roles);
      } catch (error) {
        console.error(error);
        container.textContent = "";
        container.appendChild(window.guideProblem("Could not show the comparison."));
      }
    }, function (error) {
      container.textContent = "";
      container.appendChild(window.guideProblem(error.message));
    });
  }

  window.guideSetUp("form.role-compare", setUp);
})();

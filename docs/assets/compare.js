/* Compare page: two or three roles side by side, from small per-role JSON files written at
 * build time (data/compare/<slug>.json). The choice lives in the URL (?roles=a,b,c). Without
 * JavaScript the form stays hidden and the page points to the role index. */
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
    var cache = {};

    function load(slug) {
      if (!cache[slug]) {
        cache[slug] = fetch(base + "data/compare/" + slug + ".json").then(function (response) {
          if (!response.ok) throw new Error("no data for " + slug);
          return response.json();
        });
      }
      return cache[slug];
    }

    function update() {
      var slugs = selects.map(function (s) { return s.value; }).filter(Boolean);
      var params = new URLSearchParams(location.search);
      if (slugs.length) params.set("roles", slugs.join(",")); else params.delete("roles");
      var query = params.toString();
      history.replaceState(history.state, "", location.pathname + (query ? "?" + query : ""));
      if (slugs.length < 2) {
        container.textContent = "";
        status.textContent = "Choose at least two roles.";
        return;
      }
      status.textContent = "Loading…";
      Promise.all(slugs.map(load)).then(function (roles) {
        render(container, roles, base);
        status.textContent = "Comparing " + roles.length + " roles.";
      }).catch(function () {
        status.textContent = "One of the roles could not be loaded.";
      });
    }

    fetch(base + "data/compare/index.json").then(function (r) { return r.json(); }).then(function (roles) {
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
    });
  }

  window.guideSetUp("form.role-compare", setUp);
})();

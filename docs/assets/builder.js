/* Job description builder on role pages.
 *
 * The posting is defined once, at build time: data/builder/<slug>.json carries its parts (title,
 * meta lines, sections of paragraphs or items), the same parts the page's sample and its .txt
 * download are made from. This script only applies the reader's edits to those parts (company,
 * team, location, type, level, pay, dropped items) and serialises them: plain text (byte for byte
 * the .txt's format), Markdown, or rich text that pastes into document editors. It builds its own
 * form inside the page's `.jd-builder` placeholder; without JavaScript the placeholder says so and
 * the static sample above it remains. The configuration lives in the URL so a hiring manager can
 * send it to a recruiter. Where a US pay-transparency law (data/pay-transparency.json) covers the
 * chosen place, it names the law and refuses to produce a posting without a range. Guidance, not
 * legal advice.
 */
(function () {
  "use strict";

  var PARAMS = ["company", "team", "location", "where", "type", "level", "min", "max"];

  /* Today's date as YYYY-MM-DD in the reader's time zone: the one place the builder reads the clock. */
  function today() {
    var now = new Date();
    var pad = function (n) { return (n < 10 ? "0" : "") + n; };
    return now.getFullYear() + "-" + pad(now.getMonth() + 1) + "-" + pad(now.getDate());
  }

  function money(amount) {
    return "$" + Number(amount).toLocaleString("en-US");
  }

  /* The laws that govern a posting for this place on `day`: in force, coming later, or on request. */
  function lawsFor(where, laws, day) {
    var relevant = where === "remote-us"
      ? laws.filter(function (law) { return law.range_in_posting && /^yes/.test(law.remote); })
      : laws.filter(function (law) { return law.jurisdiction === where; });
    return {
      inForce: relevant.filter(function (law) { return law.range_in_posting && law.posting_from <= day; }),
      coming: relevant.filter(function (law) { return law.range_in_posting && law.posting_from > day; }),
      onRequest: relevant.filter(function (law) { return !law.range_in_posting; }),
    };
  }

  function levelOf(data, key) {
    return data.levels.filter(function (l) { return l.key === key; })[0] ||
      levelOf(data, data.default_level);
  }

  function metaValue(data, key) {
    return data.posting.meta.filter(function (line) { return line.key === key; })[0].value;
  }

  /* The build's posting with the reader's edits applied. A level other than the posting's own
   * brings its title and its additions; the pay line keeps the build's note while its range is
   * still the level's reference band, and drops it once the reader enters a range of their own. */
  function posting(data, state) {
    var level = levelOf(data, state.level);
    var meta = [];
    data.posting.meta.forEach(function (line) {
      if (line.key === "location") {
        meta.push({ label: line.label, value: state.location || line.value, note: line.note });
      } else if (line.key === "type") {
        meta.push({ label: line.label, value: state.type || line.value, note: line.note });
      } else if (line.key === "pay") {
        if (!state.pay || !state.min || !state.max) return;
        var reference = state.min === level.low && state.max === level.high;
        meta.push({
          label: line.label,
          value: reference ? level.pay : money(state.min) + " to " + money(state.max) + " a year",
          note: reference ? line.note : "",
        });
      } else {
        meta.push(line);
      }
    });
    var sections = data.posting.sections.map(function (section) {
      var dropped = state.dropped[section.key] || [];
      var items = section.items.filter(function (_item, index) { return dropped.indexOf(index) === -1; });
      return {
        title: section.title,
        paragraphs: section.paragraphs,
        items: items.concat(level.append[section.key] || []),
      };
    }).filter(function (section) { return section.paragraphs.length || section.items.length; });
    return {
      title: level.title,
      subtitle: [state.company, state.team].filter(Boolean).join(", "),
      meta: meta,
      sections: sections,
    };
  }

  function metaText(line) {
    return line.label + ": " + line.value + (line.note ? " " + line.note : "");
  }

  /* The same lines, in the same order, as the build's job_description.txt.j2. */
  function asText(p) {
    var lines = [p.title];
    if (p.subtitle) lines.push(p.subtitle);
    p.meta.forEach(function (line) { lines.push(metaText(line)); });
    p.sections.forEach(function (s) {
      lines.push("", s.title);
      s.paragraphs.forEach(function (t) { lines.push(t); });
      s.items.forEach(function (t) { lines.push("- " + t); });
    });
    return lines.join("\n") + "\n";
  }

  function escapeMarkdown(text) {
    return text.replace(/([\\`*_{}\[\]()#+!|<>])/g, "\\$1");
  }

  function asMarkdown(p) {
    var lines = ["# " + escapeMarkdown(p.title)];
    if (p.subtitle) lines.push("", "**" + escapeMarkdown(p.subtitle) + "**");
    lines.push("");
    p.meta.forEach(function (line) { lines.push(escapeMarkdown(metaText(line)) + "  "); });
    p.sections.forEach(function (s) {
      lines.push("", "## " + escapeMarkdown(s.title), "");
      s.paragraphs.forEach(function (t) { lines.push(escapeMarkdown(t), ""); });
      s.items.forEach(function (t) { lines.push("- " + escapeMarkdown(t)); });
    });
    return lines.join("\n").replace(/\n{3,}/g, "\n\n").trim() + "\n";
  }

  /* An element with attributes and children; text always goes in as text, never as markup. */
  function el(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      var value = attributes[name];
      if (name === "text") node.textContent = value;
      else if (value === true) node.setAttribute(name, "");
      else if (value !== false && value !== undefined) node.setAttribute(name, value);
    });
    (children || []).forEach(function (child) {
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }

  /* The preview's DOM, also the rich copy's HTML. */
  function asElement(p) {
    var root = el("div");
    root.appendChild(el("h2", { text: p.title }));
    if (p.subtitle) root.appendChild(el("p", { text: p.subtitle }));
    var meta = root.appendChild(el("p"));
    p.meta.forEach(function (line, i) {
      if (i) meta.appendChild(el("br"));
      meta.appendChild(document.createTextNode(metaText(line)));
    });
    p.sections.forEach(function (s) {
      root.appendChild(el("h3", { text: s.title }));
      s.paragraphs.forEach(function (t) { root.appendChild(el("p", { text: t })); });
      if (s.items.length) {
        root.appendChild(el("ul", {}, s.items.map(function (t) { return el("li", { text: t }); })));
      }
    });
    return root;
  }

  function field(label, control) {
    return el("label", { class: "jd-builder__field" }, [el("span", { text: label }), control]);
  }

  function select(name, choices) {
    return el("select", { name: name }, choices.map(function (choice) {
      return el("option", { value: choice[0], text: choice[1] });
    }));
  }

  function button(label, data) {
    return el("button", Object.assign({ type: "button", class: "md-button", text: label }, data));
  }

  /* The builder's form, law notice, actions and preview, built into the page's placeholder. */
  function buildForm(root, data, laws) {
    var places = [["", "Elsewhere in the US, or outside it"], ["remote-us", "Remote, anywhere in the US"]]
      .concat(laws.map(function (law) { return [law.jurisdiction, law.jurisdiction]; }));
    var payInput = function (name) {
      return el("input", { name: name, type: "number", min: "0", step: "1000", inputmode: "numeric" });
    };
    var choices = data.choices.map(function (key) {
      var section = data.posting.sections.filter(function (s) { return s.key === key; })[0];
      if (!section) return null;
      return el("fieldset", { class: "jd-builder__choices", "data-list": key }, [el("legend", { text: section.title })]
        .concat(section.items.map(function (item, index) {
          return el("label", {}, [
            el("input", { type: "checkbox", value: String(index), "data-list": key, checked: true }),
            " " + item,
          ]);
        })));
    }).filter(Boolean);
    var form = el("form", { class: "jd-builder__form", "aria-label": "Job description builder" }, [
      el("div", { class: "jd-builder__fields" }, [
        field("Company", el("input", { name: "company", autocomplete: "organization", placeholder: "Your company" })),
        field("Team", el("input", { name: "team", placeholder: "For example: Payments" })),
        field("Location shown in the posting", el("input", { name: "location" })),
        field("Where the person will work (for pay laws)", select("where", places)),
        field("Employment type", select("type", data.employment_types.map(function (t) { return [t, t]; }))),
        field("Level", select("level", data.levels.map(function (level) {
          return [level.key, level.title + " (" + level.label.toLowerCase() + ")"];
        }))),
        field("Pay from (USD a year)", payInput("min")),
        field("Pay to (USD a year)", payInput("max")),
        el("label", { class: "jd-builder__check" }, [
          el("input", { name: "pay", type: "checkbox", checked: true }),
          " Show the pay range in the posting",
        ]),
      ]),
    ].concat(choices));
    root.textContent = "";
    root.appendChild(el("p", {
      text: "Fill in your company, team, place of work, level and pay; the posting updates as you type, " +
        "and the page address keeps your choices so you can send them to a colleague. Where a US state " +
        "or city requires a pay range in job postings, the builder says so and will not produce a " +
        "posting without one. This is guidance, not legal advice.",
    }));
    root.appendChild(form);
    root.appendChild(el("div", { class: "jd-builder__law", role: "status", "aria-live": "polite" }));
    root.appendChild(el("div", { class: "jd-builder__actions" }, [
      button("Copy as plain text", { "data-copy": "text" }),
      button("Copy as Markdown", { "data-copy": "markdown" }),
      button("Copy with formatting", { "data-copy": "rich" }),
      button("Download .md", { "data-download": "md" }),
      button("Download .txt", { "data-download": "txt" }),
      el("span", { class: "jd-builder__copied", role: "status", "aria-live": "polite" }),
    ]));
    root.appendChild(el("section", { class: "jd-builder__preview", "aria-label": "Preview of your posting" }));
    return form;
  }

  function readState(form, data) {
    var f = form.elements;
    var dropped = {};
    data.choices.forEach(function (name) {
      dropped[name] = Array.prototype.filter.call(form.querySelectorAll('input[data-list="' + name + '"]'), function (box) {
        return !box.checked;
      }).map(function (box) { return Number(box.value); });
    });
    return {
      company: f.company.value.trim(),
      team: f.team.value.trim(),
      location: f.location.value.trim(),
      where: f.where.value,
      type: f.type.value,
      level: f.level.value || data.default_level,
      min: f.min.value ? Number(f.min.value) : 0,
      max: f.max.value ? Number(f.max.value) : 0,
      pay: f.pay.checked,
      dropped: dropped,
    };
  }

  function writeUrl(state, data) {
    var params = new URLSearchParams(location.search);
    PARAMS.forEach(function (name) {
      var value = state[name];
      if (name === "location" && value === metaValue(data, "location")) value = "";
      if (name === "type" && value === metaValue(data, "type")) value = "";
      if (name === "level" && value === data.default_level) value = "";
      if (value) params.set(name, value); else params.delete(name);
    });
    if (state.pay) params.delete("pay"); else params.set("pay", "0");
    data.choices.forEach(function (name) {
      if (state.dropped[name].length) params.set("drop-" + name, state.dropped[name].join(","));
      else params.delete("drop-" + name);
    });
    var query = params.toString();
    history.replaceState(history.state, "", location.pathname + (query ? "?" + query : "") + location.hash);
  }

  function setUp(root) {
    var base = new URL("../../", location.href);
    var slug = root.dataset.slug;
    var problem = function (message) {
      root.textContent = "";
      root.appendChild(window.guideProblem(message));
    };
    Promise.all([
      window.guideLoadJson(base, "data/builder/" + slug + ".json", "the builder data"),
      window.guideLoadJson(base, "data/pay-transparency.json", "the pay-transparency laws"),
    ]).then(function (loaded) {
      try {
        start(root, loaded[0], loaded[1]);
      } catch (error) {
        console.error(error);
        problem("Could not show the builder. The sample above is complete: download it as plain text.");
      }
    }, function (error) {
      problem(error.message + " The sample above is complete: download it as plain text.");
    });
  }

  function start(root, data, laws) {
    var form = buildForm(root, data, laws);
    var f = form.elements;
    var preview = root.querySelector(".jd-builder__preview");
    var lawBox = root.querySelector(".jd-builder__law");
    var copied = root.querySelector(".jd-builder__copied");
    var buttons = root.querySelectorAll(".jd-builder__actions button");
    var params = new URLSearchParams(location.search);
    var current = null;

    data.choices.forEach(function (name) {
      var dropped = (params.get("drop-" + name) || "").split(",").filter(Boolean).map(Number);
      form.querySelectorAll('input[data-list="' + name + '"]').forEach(function (box) {
        box.checked = dropped.indexOf(Number(box.value)) === -1;
      });
    });
    f.location.value = params.get("location") || metaValue(data, "location");
    f.type.value = params.get("type") || metaValue(data, "type");
    f.level.value = params.get("level") || data.default_level;
    if (!f.level.value) f.level.value = data.default_level;
    ["company", "team", "where", "min", "max"].forEach(function (name) {
      if (params.get(name)) f[name].value = params.get(name);
    });
    f.pay.checked = params.get("pay") !== "0";
    function fillPay() {
      var level = levelOf(data, f.level.value);
      f.min.value = level.low;
      f.max.value = level.high;
    }
    if (!params.get("min") && !params.get("max")) fillPay();

    function update(event) {
      if (event && event.target === f.level) fillPay();
      var state = readState(form, data);
      current = posting(data, state);
      preview.textContent = "";
      preview.appendChild(asElement(current));
      writeUrl(state, data);
      var found = lawsFor(state.where, laws, today());
      var hasRange = state.pay && state.min > 0 && state.max >= state.min;
      lawBox.textContent = "";
      lawBox.className = "jd-builder__law";
      var refuse = found.inForce.length > 0 && !hasRange;
      if (found.inForce.length || found.coming.length || found.onRequest.length) {
        describeLaws(lawBox, found, refuse, state.where);
      }
      var level = levelOf(data, state.level);
      lawBox.appendChild(el("p", {
        class: "jd-builder__source",
        text: "Pre-filled range: " + level.label.toLowerCase() + " band, " + money(level.low) + " to " +
          money(level.high) + (level.high_or_more ? " or more" : "") + ", " + data.pay_source +
          ". Until you enter your own range, the posting says to replace it. " +
          "Pay-law notes are guidance, not legal advice.",
      }));
      Array.prototype.forEach.call(buttons, function (b) { b.disabled = refuse; });
      copied.textContent = "";
    }

    function describeLaws(box, found, refuse, where) {
      box.classList.add(refuse ? "jd-builder__law--refused" : "jd-builder__law--info");
      var summary;
      if (found.inForce.length) {
        summary = (where === "remote-us"
          ? "Remote postings open to people in these places must show a pay range: "
          : "This place requires a pay range in the posting: ") +
          (refuse ? "add one to copy or download the posting." : "your posting includes one.");
      } else if (found.coming.length) {
        summary = "A pay-range posting law here takes effect later; include a range now to be ready.";
      } else {
        summary = "This place requires pay to be disclosed on request or later in hiring, not in the posting.";
      }
      box.appendChild(el("p", { text: summary }));
      var day = today();
      box.appendChild(el("ul", {}, found.inForce.concat(found.coming, found.onRequest).map(function (law) {
        return el("li", {}, [
          law.jurisdiction + ": " + law.law + ". " +
            (law.posting_from > day ? "Takes effect " : "In force since ") + law.posting_from + ". ",
          el("a", { href: law.source, rel: "noopener", text: "Source" }),
        ]);
      })));
    }

    function download(kind) {
      var text = kind === "md" ? asMarkdown(current) : asText(current);
      var blob = new Blob([text], { type: kind === "md" ? "text/markdown" : "text/plain" });
      var link = el("a", { href: URL.createObjectURL(blob), download: data.slug + "-job-description." + kind });
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
    }

    function copy(kind) {
      var done;
      copied.textContent = "";  // so that each copy is announced, and its "Copied." is its own
      if (kind === "rich" && window.ClipboardItem) {
        done = navigator.clipboard.write([new ClipboardItem({
          "text/html": new Blob([asElement(current).innerHTML], { type: "text/html" }),
          "text/plain": new Blob([asText(current)], { type: "text/plain" }),
        })]);
      } else {
        done = navigator.clipboard.writeText(kind === "markdown" ? asMarkdown(current) : asText(current));
      }
      done.then(function () { copied.textContent = "Copied."; }, function () {
        copied.textContent = "Copying failed: select the preview and copy it by hand.";
      });
    }

    root.querySelector(".jd-builder__actions").addEventListener("click", function (event) {
      var target = event.target.closest("button");
      if (!target || target.disabled) return;
      if (target.dataset.copy) copy(target.dataset.copy);
      if (target.dataset.download) download(target.dataset.download);
    });
    form.addEventListener("input", update);
    form.addEventListener("change", update);
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    update();
  }

  window.guideSetUp(".jd-builder", setUp);
})();

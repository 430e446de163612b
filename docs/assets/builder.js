/* Job description builder on role pages.
 *
 * Works from files written at build time (data/builder/<slug>.json, data/pay-transparency.json),
 * with no server. Every field updates the preview as you type; the configuration lives in the
 * URL so a hiring manager can send it to a recruiter. Copies as plain text, Markdown or rich
 * text (headings and bullets that paste into document editors) and downloads .md and .txt.
 * Where a US pay-transparency law covers the chosen place, it names the law and refuses to
 * produce a posting without a range. Without JavaScript the builder stays hidden and the static
 * sample above it remains. Guidance, not legal advice.
 */
(function () {
  "use strict";

  var PARAMS = ["company", "team", "location", "where", "type", "level", "min", "max"];

  function money(amount) {
    return "$" + Number(amount).toLocaleString("en-US");
  }

  function today() {
    return new Date().toISOString().slice(0, 10);
  }

  /* The law that governs a posting for this place, if one is in force, and any coming later. */
  function lawsFor(where, laws) {
    var now = today();
    var relevant = where === "remote-us"
      ? laws.filter(function (law) { return law.range_in_posting && /^yes/.test(law.remote); })
      : laws.filter(function (law) { return law.jurisdiction === where; });
    return {
      inForce: relevant.filter(function (law) { return law.range_in_posting && law.posting_from <= now; }),
      coming: relevant.filter(function (law) { return law.range_in_posting && law.posting_from > now; }),
      onRequest: relevant.filter(function (law) { return !law.range_in_posting; }),
    };
  }

  /* The posting as structured parts; every output format is made from these. */
  function posting(data, state) {
    var level = data.levels.filter(function (l) { return l.key === state.level; })[0] || data.levels[0];
    var keep = function (name) {
      return data[name].filter(function (_item, index) { return state.dropped[name].indexOf(index) === -1; });
    };
    var heading = [state.company, state.team].filter(Boolean).join(", ");
    var meta = [];
    meta.push("Location: " + (state.location || data.location));
    meta.push("Type: " + state.type);
    if (state.pay && state.min && state.max) {
      meta.push("Pay range: " + money(state.min) + " to " + money(state.max) + " a year");
    }
    var musts = keep("must_have");
    if (level.experience) musts = musts.concat([level.experience]);
    return {
      title: level.title,
      subtitle: heading,
      meta: meta,
      sections: [
        { title: "About the role", paragraphs: data.about.split(/\n\s*\n/).map(function (p) { return p.replace(/\s+/g, " ").trim(); }) },
        { title: "Key responsibilities", items: data.responsibilities.concat(level.adds) },
        { title: "What we look for", items: musts },
        { title: "Nice to have", items: keep("nice_to_have") },
        { title: "Perks", items: keep("perks") },
      ].filter(function (s) { return s.paragraphs || s.items.length; }),
    };
  }

  function asText(p) {
    var lines = [p.title];
    if (p.subtitle) lines.push(p.subtitle);
    lines = lines.concat(p.meta);
    p.sections.forEach(function (s) {
      lines.push("", s.title);
      (s.paragraphs || []).forEach(function (t) { lines.push(t); });
      (s.items || []).forEach(function (t) { lines.push("- " + t); });
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
    p.meta.forEach(function (m) { lines.push(escapeMarkdown(m) + "  "); });
    p.sections.forEach(function (s) {
      lines.push("", "## " + escapeMarkdown(s.title), "");
      (s.paragraphs || []).forEach(function (t) { lines.push(escapeMarkdown(t), ""); });
      (s.items || []).forEach(function (t) { lines.push("- " + escapeMarkdown(t)); });
    });
    return lines.join("\n").replace(/\n{3,}/g, "\n\n").trim() + "\n";
  }

  /* The preview's DOM, built with textContent only: data never becomes markup. */
  function asElement(p) {
    var root = document.createElement("div");
    function add(parent, tag, text) {
      var node = document.createElement(tag);
      if (text !== undefined) node.textContent = text;
      parent.appendChild(node);
      return node;
    }
    add(root, "h2", p.title);
    if (p.subtitle) add(root, "p", p.subtitle);
    var meta = add(root, "p");
    p.meta.forEach(function (m, i) {
      if (i) meta.appendChild(document.createElement("br"));
      meta.appendChild(document.createTextNode(m));
    });
    p.sections.forEach(function (s) {
      add(root, "h3", s.title);
      (s.paragraphs || []).forEach(function (t) { add(root, "p", t); });
      if (s.items && s.items.length) {
        var ul = add(root, "ul");
        s.items.forEach(function (t) { add(ul, "li", t); });
      }
    });
    return root;
  }

  function readState(form, data) {
    var f = form.elements;
    var dropped = {};
    ["must_have", "nice_to_have", "perks"].forEach(function (name) {
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
      if (name === "location" && value === data.location) value = "";
      if (name === "type" && value === data.employment_type) value = "";
      if (name === "level" && value === data.default_level) value = "";
      if (value) params.set(name, value); else params.delete(name);
    });
    if (state.pay) params.delete("pay"); else params.set("pay", "0");
    ["must_have", "nice_to_have", "perks"].forEach(function (name) {
      if (state.dropped[name].length) params.set("drop-" + name, state.dropped[name].join(","));
      else params.delete("drop-" + name);
    });
    var query = params.toString();
    history.replaceState(history.state, "", location.pathname + (query ? "?" + query : "") + location.hash);
  }

  function setUp(root) {
    var base = new URL("../../", location.href);
    var slug = root.dataset.slug;
    Promise.all([
      fetch(new URL("data/builder/" + slug + ".json", base)).then(function (r) { return r.json(); }),
      fetch(new URL("data/pay-transparency.json", base)).then(function (r) { return r.json(); }),
    ]).then(function (loaded) { start(root, loaded[0], loaded[1]); });
  }

  function start(root, data, laws) {
    var form = root.querySelector("form");
    var f = form.elements;
    var preview = root.querySelector(".jd-builder__preview");
    var lawBox = root.querySelector(".jd-builder__law");
    var copied = root.querySelector(".jd-builder__copied");
    var buttons = root.querySelectorAll(".jd-builder__actions button");
    var params = new URLSearchParams(location.search);
    var current = null;

    laws.forEach(function (law) {
      var option = document.createElement("option");
      option.value = law.jurisdiction;
      option.textContent = law.jurisdiction;
      f.where.appendChild(option);
    });
    data.levels.forEach(function (level) {
      var option = document.createElement("option");
      option.value = level.key;
      option.textContent = level.title + " (" + level.label.toLowerCase() + ")";
      f.level.appendChild(option);
    });
    ["must_have", "nice_to_have", "perks"].forEach(function (name) {
      var box = root.querySelector('fieldset[data-list="' + name + '"]');
      var dropped = (params.get("drop-" + name) || "").split(",").filter(Boolean).map(Number);
      if (!data[name].length) { box.hidden = true; return; }
      data[name].forEach(function (item, index) {
        var label = document.createElement("label");
        var input = document.createElement("input");
        input.type = "checkbox";
        input.value = String(index);
        input.dataset.list = name;
        input.checked = dropped.indexOf(index) === -1;
        label.appendChild(input);
        label.appendChild(document.createTextNode(" " + item));
        box.appendChild(label);
      });
    });

    f.location.value = params.get("location") || data.location;
    f.type.value = params.get("type") || data.employment_type;
    f.level.value = params.get("level") || data.default_level;
    ["company", "team", "where", "min", "max"].forEach(function (name) {
      if (params.get(name)) f[name].value = params.get(name);
    });
    f.pay.checked = params.get("pay") !== "0";
    function fillPay() {
      var level = data.levels.filter(function (l) { return l.key === f.level.value; })[0];
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
      var found = lawsFor(state.where, laws);
      var hasRange = state.pay && state.min > 0 && state.max >= state.min;
      lawBox.textContent = "";
      lawBox.className = "jd-builder__law";
      var refuse = found.inForce.length > 0 && !hasRange;
      if (found.inForce.length || found.coming.length || found.onRequest.length) {
        describeLaws(lawBox, found, refuse, state.where);
      }
      var pay = data.levels.filter(function (l) { return l.key === state.level; })[0];
      var note = document.createElement("p");
      note.className = "jd-builder__source";
      note.textContent = "Pre-filled range: " + pay.label.toLowerCase() + " band, " + money(pay.low) + " to " +
        money(pay.high) + (pay.high_or_more ? " or more" : "") + ", " + data.pay_source +
        ". Pay-law notes are guidance, not legal advice.";
      lawBox.appendChild(note);
      Array.prototype.forEach.call(buttons, function (button) { button.disabled = refuse; });
      copied.textContent = "";
    }

    function describeLaws(box, found, refuse, where) {
      box.classList.add(refuse ? "jd-builder__law--refused" : "jd-builder__law--info");
      var p = document.createElement("p");
      if (found.inForce.length) {
        p.textContent = (where === "remote-us"
          ? "Remote postings open to people in these places must show a pay range: "
          : "This place requires a pay range in the posting: ") +
          (refuse ? "add one to copy or download the posting." : "your posting includes one.");
      } else if (found.coming.length) {
        p.textContent = "A pay-range posting law here takes effect later; include a range now to be ready.";
      } else {
        p.textContent = "This place requires pay to be disclosed on request or later in hiring, not in the posting.";
      }
      box.appendChild(p);
      var list = document.createElement("ul");
      found.inForce.concat(found.coming, found.onRequest).forEach(function (law) {
        var li = document.createElement("li");
        li.appendChild(document.createTextNode(law.jurisdiction + ": " + law.law + ". " +
          (law.posting_from > today() ? "Takes effect " : "In force since ") + law.posting_from + ". "));
        var link = document.createElement("a");
        link.href = law.source;
        link.textContent = "Source";
        link.rel = "noopener";
        li.appendChild(link);
        list.appendChild(li);
      });
      box.appendChild(list);
    }

    function download(kind) {
      var text = kind === "md" ? asMarkdown(current) : asText(current);
      var blob = new Blob([text], { type: kind === "md" ? "text/markdown" : "text/plain" });
      var link = document.createElement("a");
      link.href = URL.createObjectURL(blob);
      link.download = data.slug + "-job-description." + kind;
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
    }

    function copy(kind) {
      var done;
      if (kind === "rich" && window.ClipboardItem) {
        var html = asElement(current).innerHTML;
        done = navigator.clipboard.write([new ClipboardItem({
          "text/html": new Blob([html], { type: "text/html" }),
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
      var button = event.target.closest("button");
      if (!button || button.disabled) return;
      if (button.dataset.copy) copy(button.dataset.copy);
      if (button.dataset.download) download(button.dataset.download);
    });
    form.addEventListener("input", update);
    form.addEventListener("change", update);
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    root.hidden = false;
    update();
  }

  window.guideSetUp(".jd-builder", setUp);
})();

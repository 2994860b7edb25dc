// kg's graph page: draws the build's graph (data in #kg-data) with sigma.js, and lets a reader
// pick a year, find a node by name, and read a node's facts. Every text of the data is shown
// through textContent or drawn on a canvas, never parsed as HTML.
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("kg-data").textContent);
  const DIM = "#e6e6e6";
  const DIM_EDGE = "#f0f0f0";
  const RING = "#111111";

  const graph = new graphology.MultiDirectedGraph();
  const byId = new Map();
  for (const node of data.nodes) {
    byId.set(node.id, node);
    graph.addNode(node.id, {
      label: node.label,
      x: node.x,
      y: node.y,
      size: node.size,
      color: node.color,
    });
  }
  data.edges.forEach(function (edge, i) {
    graph.addDirectedEdgeWithKey("e" + i, edge.s, edge.t, {
      color: edge.color,
      size: 1.5,
      years: edge.years,
      predicate: edge.p,
    });
  });

  const state = { year: null, selected: null, near: null, matches: null };

  function reported(node, year) {
    // A family is never reported itself: it is structure, shown every year.
    return node.years.length === 0 || node.years.indexOf(year) >= 0;
  }

  function nodeReducer(id, attributes) {
    const node = byId.get(id);
    const out = Object.assign({}, attributes, { ringColor: attributes.color, zIndex: 1 });
    let dim = false;
    if (state.year !== null) {
      if (!reported(node, state.year)) {
        dim = true;
      } else if (node.status[state.year] === "new") {
        out.ringColor = RING;
        out.zIndex = 2;
      }
    }
    if (state.near !== null && !state.near.has(id)) dim = true;
    if (state.matches !== null) {
      if (state.matches.has(id)) out.highlighted = true;
      else dim = true;
    }
    if (id === state.selected) {
      out.highlighted = true;
      out.zIndex = 3;
    }
    if (dim && id !== state.selected) {
      out.color = DIM;
      out.ringColor = DIM;
      out.label = "";
      out.zIndex = 0;
    }
    return out;
  }

  function edgeReducer(id, attributes) {
    const out = Object.assign({}, attributes);
    let dim = false;
    if (state.year !== null && attributes.years.length > 0 &&
        attributes.years.indexOf(state.year) < 0) dim = true;
    if (state.selected !== null && !graph.hasExtremity(id, state.selected)) dim = true;
    if (state.matches !== null) dim = true;
    if (dim) {
      out.color = DIM_EDGE;
      out.zIndex = 0;
    } else {
      out.zIndex = 1;
    }
    return out;
  }

  const Ringed = Sigma.rendering.createNodeBorderProgram({
    borders: [
      { size: { value: 0.3, mode: "relative" }, color: { attribute: "ringColor" } },
      { size: { fill: true }, color: { attribute: "color" } },
    ],
  });
  const container = document.getElementById("graph");
  const renderer = new Sigma(graph, container, {
    nodeProgramClasses: { ringed: Ringed },
    defaultNodeType: "ringed",
    defaultEdgeType: "arrow",
    // Sizes are radii in the layout's units, as in the GEXF: nodes never overlap at any zoom.
    itemSizesReference: "positions",
    zoomToSizeRatioFunction: function (ratio) { return ratio; },
    labelFont: 'system-ui, "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif',
    labelRenderedSizeThreshold: 5,
    zIndex: true,
    nodeReducer: nodeReducer,
    edgeReducer: edgeReducer,
  });

  // ------------------------------------------------------------------ the header

  const yearSelect = document.getElementById("year");
  for (const year of data.years) {
    const option = document.createElement("option");
    option.value = String(year);
    option.textContent = String(year);
    yearSelect.appendChild(option);
  }
  yearSelect.addEventListener("change", function () {
    setYear(yearSelect.value === "" ? null : Number(yearSelect.value));
  });

  const legend = document.getElementById("legend");
  for (const [kind, colour] of data.kinds) {
    const item = document.createElement("span");
    item.style.setProperty("--c", colour);
    item.textContent = kind;
    legend.appendChild(item);
  }
  const ring = document.createElement("span");
  ring.className = "ring";
  ring.textContent = "new in the year";
  legend.appendChild(ring);

  const labels = document.getElementById("labels");
  const seen = new Set();
  for (const node of data.nodes) {
    for (const name of [node.label, node.en]) {
      if (!name || seen.has(name)) continue;
      seen.add(name);
      const option = document.createElement("option");
      option.value = name;
      labels.appendChild(option);
    }
  }

  const search = document.getElementById("search");
  search.addEventListener("input", function () {
    const query = search.value.trim().toLowerCase();
    state.matches = query === "" ? null : new Set(matching(query).map(function (n) { return n.id; }));
    const exact = exactly(search.value.trim());
    if (exact !== null) select(exact.id, true);
    else showStatus();
    renderer.refresh();
  });
  search.addEventListener("keydown", function (event) {
    if (event.key !== "Enter") return;
    const query = search.value.trim();
    const found = exactly(query) || matching(query.toLowerCase())[0];
    if (found) select(found.id, true);
  });

  function matching(query) {
    if (query === "") return [];
    return data.nodes.filter(function (node) {
      return node.label.toLowerCase().indexOf(query) >= 0 ||
        (node.en || "").toLowerCase().indexOf(query) >= 0;
    });
  }

  function exactly(name) {
    return data.nodes.find(function (node) { return node.label === name || node.en === name; }) || null;
  }

  function setYear(year) {
    state.year = year;
    yearSelect.value = year === null ? "" : String(year);
    if (state.selected !== null) showFacts(state.selected);
    showStatus();
    renderer.refresh();
  }

  function showStatus() {
    const parts = [data.nodes.length + " nodes", data.edges.length + " edges"];
    if (state.year !== null) {
      const counts = { new: 0, kept: 0, dropped: 0 };
      for (const node of data.nodes) {
        const status = node.status[state.year];
        if (status in counts) counts[status] += 1;
      }
      parts.push(state.year + ": " + counts.new + " new, " + counts.kept + " kept, " +
        counts.dropped + " dropped");
    }
    if (state.matches !== null) parts.push(state.matches.size + " found");
    document.getElementById("status").textContent = parts.join(" · ");
  }

  // ------------------------------------------------------------------ a node's facts

  function select(id, focus) {
    state.selected = id;
    state.near = null;
    if (id !== null) {
      state.near = new Set(graph.neighbors(id));
      state.near.add(id);
      state.matches = null;
    }
    showFacts(id);
    showStatus();
    renderer.refresh();
    if (id !== null && focus) {
      const at = renderer.getNodeDisplayData(id);
      if (at) renderer.getCamera().animate({ x: at.x, y: at.y, ratio: 0.6 }, { duration: 300 });
    }
  }

  function element(tag, text, className) {
    const made = document.createElement(tag);
    if (text !== undefined && text !== null) made.textContent = text;
    if (className) made.className = className;
    return made;
  }

  function showFacts(id) {
    const panel = document.getElementById("facts");
    panel.replaceChildren();
    if (id === null) {
      panel.appendChild(element("p", "Click a node, or find one by name, to list its facts.", "hint"));
      return;
    }
    const node = byId.get(id);
    panel.appendChild(element("h2", node.en ? node.label + " (" + node.en + ")" : node.label));
    const statuses = data.years.map(function (year) { return year + " " + node.status[year]; });
    const reportedIn = node.years.length ? "reported in " + node.years.join(", ") : "never reported itself";
    panel.appendChild(element("p", node.kind + " · " + reportedIn + " · " + statuses.join(", "), "meta"));
    // The newest first; with a year picked, the other years' facts are shown faded.
    const facts = node.facts.map(function (i) { return data.facts[i]; })
      .sort(function (a, b) { return (b.y || 0) - (a.y || 0); });
    if (facts.length === 0) {
      panel.appendChild(element("p", "No fact of the build names it.", "hint"));
      return;
    }
    const list = element("ol");
    list.id = "fact-list";
    for (const fact of facts) {
      const item = element("li", null, state.year !== null && fact.y !== state.year ? "elsewhere" : "");
      const head = element("div", null, "fact");
      head.appendChild(element("span", fact.y === null ? "—" : String(fact.y), "year"));
      let text = fact.s + " " + fact.p + " " + fact.o;
      if (fact.v) text += " = " + fact.v + (fact.u ? " " + fact.u : "");
      head.appendChild(document.createTextNode(text));
      item.appendChild(head);
      if (fact.e) item.appendChild(element("blockquote", fact.e));
      const names = fact.d.map(function (doc) {
        const article = data.articles[doc];
        if (!article) return doc;
        const when = article.date ? " (" + article.date + ")" : "";
        return (article.title || doc) + when + " — " + article.path;
      });
      if (fact.more) names.push("and " + fact.more + " more");
      if (names.length) item.appendChild(element("div", "in: " + names.join("; "), "articles"));
      list.appendChild(item);
    }
    panel.appendChild(list);
  }

  renderer.on("clickNode", function (event) { select(event.node, false); });
  renderer.on("clickStage", function () { select(null, false); });

  showStatus();
  // What a test (or a curious reader) can check without reading pixels.
  window.kg = { graph: graph, renderer: renderer, data: data, select: select, setYear: setYear };
  document.body.dataset.nodes = String(graph.order);
  document.body.dataset.edges = String(graph.size);
  renderer.once("afterRender", function () { document.body.dataset.ready = "true"; });
  renderer.refresh();
})();

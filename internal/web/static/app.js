// Chronicle's entity page: fetches /api/entity/ID and draws the graph
// (cytoscape.js), the timeline (vis-timeline) and the list of events with
// their source sentences. Article text is only ever set as text (never as
// HTML), so a name cannot become markup.
"use strict";
(function () {
  const root = document.getElementById("entity");
  if (!root) return;
  const status = document.getElementById("status");
  function say(msg) { status.textContent = msg; status.hidden = false; }
  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }
  function showEvent(i) {
    const li = document.getElementById("ev-" + i);
    if (!li) return;
    li.scrollIntoView({ behavior: "smooth", block: "center" });
    li.classList.add("flash");
    setTimeout(function () { li.classList.remove("flash"); }, 1500);
  }
  fetch("/api/entity/" + encodeURIComponent(root.dataset.id))
    .then(function (r) { if (!r.ok) throw new Error("HTTP " + r.status); return r.json(); })
    .then(function (d) { events(d); timeline(d); graph(d); })
    .catch(function (err) { say("Could not load this entity: " + err.message); });

  function events(d) {
    const ol = document.getElementById("events");
    if (!d.events || d.events.length === 0) { say("No events name this entity."); return; }
    d.events.forEach(function (e, i) {
      const li = el("li");
      li.id = "ev-" + (i + 1);
      li.appendChild(el("span", "when", e.date));
      li.appendChild(el("span", "what", e.summary));
      if (e.modality && e.modality !== "actual") li.appendChild(el("span", "status", e.modality));
      const meta = [e.kind].concat(e.actors.length ? [e.actors.join(", ")] : [], e.places.length ? ["in " + e.places.join(", ")] : []);
      li.appendChild(el("div", "meta", meta.filter(Boolean).join(" · ")));
      if (e.sentence) li.appendChild(el("blockquote", "", e.sentence));
      li.appendChild(el("cite", "", e.citation));
      ol.appendChild(li);
    });
  }

  // The timeline opens on a window where every dated event and its whole
  // label can be read: labels wrap at a maximum width (app.css), ranges let
  // their label run past their end (and vis-timeline stacks them by the
  // label's width too), and the window is widened so that the label of the
  // last event still ends inside it. Hovering an item shows its date and
  // source sentence.
  function timeline(d) {
    const box = document.getElementById("timeline");
    const items = [];
    (d.events || []).forEach(function (e, i) {
      if (!e.start) return;
      const content = el("span", "", e.summary);
      const item = { id: i + 1, content: content, start: e.start, className: e.modality || "actual" };
      if (e.range) { item.end = e.end; item.type = "range"; } else { item.type = "point"; }
      items.push(item);
    });
    if (items.length === 0) { box.appendChild(el("p", "empty", "No dated events.")); return; }
    const win = fitWindow(box, items);
    const tl = new vis.Timeline(box, new vis.DataSet(items), {
      stack: true, zoomable: true, margin: { item: { horizontal: 6, vertical: 6 }, axis: 6 },
      maxHeight: 460, verticalScroll: true, orientation: { axis: "bottom", item: "bottom" },
      start: win.start, end: win.end,
      tooltip: { followMouse: true, overflowMethod: "cap", template: function (item) { return tooltip(d.events[item.id - 1]); } }
    });
    tl.on("select", function (p) { if (p.items.length) showEvent(p.items[0]); });
    root.timeline = tl; // for tests
  }

  // The tooltip of a timeline item: an element (built as text) rather than a
  // string, which vis-timeline would set as HTML.
  function tooltip(e) {
    const t = el("div", "tip");
    t.appendChild(el("strong", "", e.date));
    t.appendChild(el("div", "", e.summary));
    if (e.sentence) t.appendChild(el("div", "tip-sentence", e.sentence));
    return t;
  }

  // fitWindow returns the start and end of a window that shows every item
  // with its label: each label's width is measured as the timeline will draw
  // it, and the window grows until the widest label near the end fits.
  function fitWindow(box, items) {
    const measure = el("div", "vis-timeline");
    measure.style.cssText = "position:absolute;visibility:hidden;left:0;top:0;border:0";
    box.appendChild(measure);
    const W = Math.max(box.clientWidth - 2, 200), m = 12, dot = 16;
    let s0 = Infinity, e0 = -Infinity;
    const edges = []; // [time, px of label that must fit right of it]
    items.forEach(function (it) {
      const frame = el("div", "vis-item vis-" + it.type + " " + it.className);
      const c = el("div", "vis-item-content", it.content.textContent);
      frame.appendChild(c);
      measure.appendChild(frame);
      const w = c.getBoundingClientRect().width;
      const s = Date.parse(it.start), e = it.end ? Date.parse(it.end) : s;
      s0 = Math.min(s0, s); e0 = Math.max(e0, e);
      edges.push([s, w + (it.type === "point" ? dot : 0)], [e, 0]);
    });
    box.removeChild(measure);
    // With the window [s0 - m px, s0 - m px + D] on W px, an edge at time t
    // with r px after it fits when t - s0 + (r + 2m) D/W <= D.
    // At least a month, so that a lone event is seen in its days rather
    // than over its own hours.
    let D = Math.max(e0 - s0, 30 * 864e5);
    edges.forEach(function (x) {
      const free = Math.max(1 - (x[1] + 2 * m) / W, 0.2);
      D = Math.max(D, (x[0] - s0) / free);
    });
    const start = s0 - m * D / W;
    return { start: new Date(start), end: new Date(start + D) };
  }

  function graph(d) {
    const colours = { person: "#cfe2ff", organization: "#d1e7dd", place: "#fff3cd", event: "#f8d7da", actor: "#e2e3e5" };
    const shapes = { person: "ellipse", organization: "rectangle", place: "hexagon", event: "round-rectangle", actor: "rectangle" };
    const elements = [];
    (d.nodes || []).forEach(function (n) {
      elements.push({ data: { id: n.id, label: n.label, kind: n.kind, href: n.href || "", event: n.event, focus: n.id === d.id ? 1 : 0 }, classes: n.modality || "" });
    });
    (d.edges || []).forEach(function (e) { elements.push({ data: { id: e.id, source: e.source, target: e.target, label: e.label } }); });
    // Labels are drawn at 12px (the entity itself at 14px) and hidden when
    // the zoom would make them smaller than 9px on screen: rather no label
    // than an unreadable one (zoom in, or read the events below).
    const cy = cytoscape({
      container: document.getElementById("graph"),
      elements: elements,
      wheelSensitivity: 0.3,
      minZoom: 0.2,
      maxZoom: 1.6,
      style: [
        { selector: "node", style: { label: "data(label)", "text-wrap": "wrap", "text-max-width": 130, "font-size": 12, "min-zoomed-font-size": 9, "text-valign": "center", "text-halign": "center",
          "background-color": function (n) { return colours[n.data("kind")] || "#e2e3e5"; }, shape: function (n) { return shapes[n.data("kind")] || "rectangle"; },
          width: "label", height: "label", padding: 6, "border-width": 1, "border-color": "#495057" } },
        { selector: "node[focus = 1]", style: { "border-width": 3, "border-color": "#2b6cb0", "font-size": 14, "font-weight": "bold" } },
        { selector: "node.planned, node.possible", style: { "border-style": "dashed" } },
        { selector: "node.negated", style: { "border-style": "dotted" } },
        { selector: "edge", style: { label: "data(label)", "font-size": 10, "min-zoomed-font-size": 9, color: "#495057", "text-background-color": "#fff", "text-background-opacity": 0.8,
          "curve-style": "bezier", "target-arrow-shape": "triangle", width: 1, "line-color": "#adb5bd", "target-arrow-color": "#adb5bd" } }
      ],
      layout: { name: "null" }
    });
    layoutGraph(cy, d.id);
    root.graph = cy; // for tests
    cy.on("tap", "node", function (ev) {
      const n = ev.target;
      if (n.data("href")) { window.location.assign(n.data("href")); return; }
      if (n.data("event")) showEvent(n.data("event"));
    });
    root.dataset.ready = "1"; // for tests: the graph is drawn
  }

  // spread stretches a layout towards the panel's shape: cose comes out
  // about as tall as wide (or taller), while the panel is wide. It tries
  // widening x and narrowing y, keeps the stretch that lets the fitted graph
  // be largest without any two nodes overlapping more than before.
  function spread(cy, W, H) {
    const nodes = cy.nodes(), n = nodes.length;
    if (n < 2) return;
    const p0 = nodes.map(function (v) { return { x: v.position("x"), y: v.position("y"), w: v.outerWidth() / 2 + 4, h: v.outerHeight() / 2 + 4 }; });
    function score(a, b) {
      let x1 = Infinity, x2 = -Infinity, y1 = Infinity, y2 = -Infinity, over = 0;
      const q = p0.map(function (p) { return { x: p.x * a, y: p.y * b, w: p.w, h: p.h }; });
      q.forEach(function (p) { x1 = Math.min(x1, p.x - p.w); x2 = Math.max(x2, p.x + p.w); y1 = Math.min(y1, p.y - p.h); y2 = Math.max(y2, p.y + p.h); });
      for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
        if (Math.abs(q[i].x - q[j].x) < q[i].w + q[j].w && Math.abs(q[i].y - q[j].y) < q[i].h + q[j].h) over++;
      }
      return { zoom: Math.min(W / (x2 - x1), H / (y2 - y1)), over: over };
    }
    const base = score(1, 1);
    let best = { a: 1, b: 1, zoom: base.zoom };
    for (let a = 1; a <= 3; a += 0.125) for (let b = 1; b >= 0.3; b -= 0.05) {
      const s = score(a, b);
      if (s.over <= base.over && s.zoom > best.zoom * 1.01) best = { a: a, b: b, zoom: s.zoom };
    }
    nodes.forEach(function (v, i) { v.position({ x: p0[i].x * best.a, y: p0[i].y * best.b }); });
  }

  // separate pushes apart the nodes that cose left overlapping, each pair
  // along the axis where they overlap least, until none do (or it gives up).
  function separate(cy) {
    const nodes = cy.nodes(), n = nodes.length;
    const q = nodes.map(function (v) { return { x: v.position("x"), y: v.position("y"), w: v.outerWidth() / 2 + 3, h: v.outerHeight() / 2 + 3 }; });
    for (let pass = 0; pass < 100; pass++) {
      let moved = false;
      for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
        const a = q[i], b = q[j];
        const ox = a.w + b.w - Math.abs(a.x - b.x), oy = a.h + b.h - Math.abs(a.y - b.y);
        if (ox <= 0 || oy <= 0) continue;
        moved = true;
        if (ox < oy) { const d = (a.x <= b.x ? 1 : -1) * (ox / 2 + 0.5); a.x -= d; b.x += d; }
        else { const d = (a.y <= b.y ? 1 : -1) * (oy / 2 + 0.5); a.y -= d; b.y += d; }
      }
      if (!moved) break;
    }
    nodes.forEach(function (v, i) { v.position({ x: q[i].x, y: q[i].y }); });
  }

  // layoutGraph places the nodes without overlap and opens the graph fitted.
  // Rings around the entity give cose a start that is the same on every
  // load (cose's own random start would not be); cose then spreads the
  // nodes by their size with their labels. A graph that comes out taller
  // than the panel makes the panel taller (up to most of the window) rather
  // than shrinking the labels out of sight.
  function layoutGraph(cy, focus) {
    const box = cy.container();
    cy.layout({ name: "concentric", animate: false, fit: false, avoidOverlap: true, nodeDimensionsIncludeLabels: true,
      concentric: function (n) { return n.id() === focus ? 3 : (n.data("kind") === "event" ? 2 : 1); }, levelWidth: function () { return 1; } }).run();
    cy.layout({ name: "cose", animate: false, randomize: false, fit: false, nodeDimensionsIncludeLabels: true,
      nodeOverlap: 40, nodeRepulsion: function () { return 20000; }, idealEdgeLength: function () { return 60; },
      edgeElasticity: function () { return 80; }, gravity: 2, numIter: 2000, componentSpacing: 40 }).run();
    spread(cy, box.clientWidth, Math.max(520, Math.round(window.innerHeight * 0.85)));
    separate(cy);
    const bb = cy.elements().boundingBox({ includeLabels: true }), pad = 24;
    const fitZoom = (box.clientWidth - 2 * pad) / bb.w;
    const want = Math.min(1, fitZoom) * bb.h + 2 * pad;
    const most = Math.max(520, Math.round(window.innerHeight * 0.85));
    if (want > box.clientHeight) {
      box.style.height = Math.min(want, most) + "px";
      cy.resize();
    }
    cy.fit(cy.elements(), pad);
    if (cy.zoom() > 1) { cy.zoom(1); cy.center(); }
  }
})();

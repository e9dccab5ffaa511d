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
    let D = Math.max(e0 - s0, 864e5);
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
    const cy = cytoscape({
      container: document.getElementById("graph"),
      elements: elements,
      wheelSensitivity: 0.3,
      minZoom: 0.2,
      maxZoom: 1.6,
      style: [
        { selector: "node", style: { label: "data(label)", "text-wrap": "wrap", "text-max-width": 140, "font-size": 11, "text-valign": "center", "text-halign": "center",
          "background-color": function (n) { return colours[n.data("kind")] || "#e2e3e5"; }, shape: function (n) { return shapes[n.data("kind")] || "rectangle"; },
          width: "label", height: "label", padding: 8, "border-width": 1, "border-color": "#495057" } },
        { selector: "node[focus = 1]", style: { "border-width": 3, "border-color": "#2b6cb0" } },
        { selector: "node.planned, node.possible", style: { "border-style": "dashed" } },
        { selector: "node.negated", style: { "border-style": "dotted" } },
        { selector: "edge", style: { label: "data(label)", "font-size": 9, color: "#495057", "curve-style": "bezier", "target-arrow-shape": "triangle", width: 1, "line-color": "#adb5bd", "target-arrow-color": "#adb5bd" } }
      ],
      layout: { name: "cose", animate: false, randomize: true, nodeRepulsion: 9000, idealEdgeLength: 90 }
    });
    cy.on("tap", "node", function (ev) {
      const n = ev.target;
      if (n.data("href")) { window.location.assign(n.data("href")); return; }
      if (n.data("event")) showEvent(n.data("event"));
    });
    root.dataset.ready = "1"; // for tests: the graph is drawn
  }
})();

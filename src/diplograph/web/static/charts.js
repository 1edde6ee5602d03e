// Small SVG charts drawn by hand (no library, nothing from a CDN): stacked bars over
// periods, and a force-free circular network. Labels are set with textContent.
"use strict";
const SVGNS = "http://www.w3.org/2000/svg";
const Charts = {};
Charts.PALETTE = ["#2f6db5", "#d9822b", "#3a9a5b", "#c23b3b", "#8559a5", "#8c6d31", "#d45fa0",
  "#6b6b6b", "#b5b52f", "#2fb5b0", "#1f3f6b", "#a33"];

Charts.svg = function (tag, attrs, text) {
  const n = document.createElementNS(SVGNS, tag);
  for (const [k, v] of Object.entries(attrs || {})) n.setAttribute(k, v);
  if (text !== undefined) n.textContent = text;
  return n;
};

// rows: [{period, values: {key: n}}]; keys: series in order. Draws stacked bars + legend.
Charts.stacked = function (host, rows, keys, opts) {
  opts = opts || {};
  const W = opts.width || 760, H = opts.height || 260, L = 36, B = 48, T = 10, R = 10;
  const svg = Charts.svg("svg", { viewBox: `0 0 ${W} ${H + 24}`, class: "svgchart", role: "img",
                                  "aria-label": opts.label || "chart" });
  const max = Math.max(1, ...rows.map((r) => keys.reduce((s, k) => s + (r.values[k] || 0), 0)));
  const bw = (W - L - R) / Math.max(1, rows.length);
  svg.append(Charts.svg("line", { x1: L, y1: H - B, x2: W - R, y2: H - B, class: "axis" }));
  for (const frac of [0, 0.5, 1]) {
    const y = H - B - frac * (H - B - T);
    svg.append(Charts.svg("text", { x: L - 4, y: y + 4, "text-anchor": "end", class: "tick" },
                          String(Math.round(frac * max))));
  }
  rows.forEach((r, i) => {
    let y = H - B;
    keys.forEach((k, j) => {
      const v = r.values[k] || 0;
      if (!v) return;
      const h = (v / max) * (H - B - T);
      y -= h;
      const rect = Charts.svg("rect", { x: L + i * bw + 1, y, width: Math.max(1, bw - 2), height: h,
                                        fill: Charts.PALETTE[j % Charts.PALETTE.length], class: "bar" });
      rect.append(Charts.svg("title", {}, `${r.period} · ${k}: ${v}`));
      svg.append(rect);
    });
    const every = Math.ceil(rows.length / 12);
    if (i % every === 0) {
      svg.append(Charts.svg("text", { x: L + i * bw + bw / 2, y: H - B + 14, "text-anchor": "middle",
                                      class: "tick" }, r.period));
    }
  });
  let x = L;
  keys.forEach((k, j) => {
    svg.append(Charts.svg("rect", { x, y: H + 4, width: 10, height: 10, fill: Charts.PALETTE[j % Charts.PALETTE.length] }));
    svg.append(Charts.svg("text", { x: x + 14, y: H + 13, class: "legend" }, k));
    x += 18 + k.length * 7;
  });
  host.replaceChildren(svg);
  if (!rows.length) host.append(DG.el("p", { class: "muted", text: "No dated events." }));
};

// nodes: [{id, weight}], edges: [{a, b, weight}] laid out on a circle, edge width by weight
Charts.network = function (host, nodes, edges) {
  const W = 760, H = 560, cx = W / 2, cy = H / 2, rad = Math.min(W, H) / 2 - 60;
  const svg = Charts.svg("svg", { viewBox: `0 0 ${W} ${H}`, class: "svgchart", role: "img", "aria-label": "network" });
  const pos = {};
  nodes.forEach((n, i) => {
    const a = (2 * Math.PI * i) / Math.max(1, nodes.length) - Math.PI / 2;
    pos[n.id] = [cx + rad * Math.cos(a), cy + rad * Math.sin(a)];
  });
  const maxW = Math.max(1, ...edges.map((e) => e.weight));
  for (const e of edges) {
    if (!pos[e.a] || !pos[e.b]) continue;
    const line = Charts.svg("line", { x1: pos[e.a][0], y1: pos[e.a][1], x2: pos[e.b][0], y2: pos[e.b][1],
                                      "stroke-width": 1 + (5 * e.weight) / maxW, class: "edge" });
    line.append(Charts.svg("title", {}, `${e.a} – ${e.b}: ${e.weight}`));
    svg.append(line);
  }
  const maxN = Math.max(1, ...nodes.map((n) => n.weight));
  for (const n of nodes) {
    const [x, y] = pos[n.id];
    const a = Charts.svg("a", { href: "/actors/" + encodeURIComponent(n.id) });
    a.append(Charts.svg("circle", { cx: x, cy: y, r: 5 + (12 * n.weight) / maxN, class: "node" }));
    a.append(Charts.svg("text", { x, y: y - 16, "text-anchor": "middle", class: "nodelabel" }, n.id));
    svg.append(a);
  }
  host.replaceChildren(svg);
};

// every month from the first to the last period (YYYY-MM), empty months included, so a
// month-by-month chart shows gaps as gaps; other periods are returned as they are
Charts.fillMonths = function (rows) {
  const months = rows.filter((r) => /^\d{4}-\d{2}$/.test(r.period));
  if (months.length !== rows.length || rows.length < 2 || rows.length > 600) return rows;
  const by = new Map(rows.map((r) => [r.period, r]));
  let [y, m] = rows[0].period.split("-").map(Number);
  const [ly, lm] = rows[rows.length - 1].period.split("-").map(Number);
  const out = [];
  while (y < ly || (y === ly && m <= lm)) {
    const p = `${y}-${String(m).padStart(2, "0")}`;
    out.push(by.get(p) || { period: p, values: {} });
    m += 1; if (m > 12) { m = 1; y += 1; }
  }
  return out;
};

// places on an equirectangular grid (no basemap: nothing is fetched); points:
// [{lat, lon, label, kind}] with kind "made" or "received"
Charts.map = function (host, points) {
  const W = 760, H = 380, x = (lon) => ((lon + 180) / 360) * W, y = (lat) => ((90 - lat) / 180) * H;
  const svg = Charts.svg("svg", { viewBox: `0 0 ${W} ${H}`, class: "svgchart map", role: "img", "aria-label": "visits map" });
  svg.append(Charts.svg("rect", { x: 0, y: 0, width: W, height: H, class: "sea" }));
  for (let lon = -150; lon <= 150; lon += 30) svg.append(Charts.svg("line", { x1: x(lon), y1: 0, x2: x(lon), y2: H, class: "grid" }));
  for (let lat = -60; lat <= 60; lat += 30) svg.append(Charts.svg("line", { x1: 0, y1: y(lat), x2: W, y2: y(lat), class: "grid" }));
  const labelled = new Set();
  for (const p of points) {
    const at = Math.round(x(p.lon) / 12) + "," + Math.round(y(p.lat) / 12);
    const c = Charts.svg("circle", { cx: x(p.lon), cy: y(p.lat), r: 5, class: "place " + p.kind });
    c.append(Charts.svg("title", {}, p.label));
    svg.append(c);
    if (!labelled.has(at)) svg.append(Charts.svg("text", { x: x(p.lon) + 7, y: y(p.lat) + 4, class: "placelabel" }, p.name || ""));
    labelled.add(at);
  }
  host.replaceChildren(svg);
};

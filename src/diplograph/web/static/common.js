// Shared helpers for every page. Why: one place that builds DOM safely.
// el() sets text with textContent only; article text and names are never parsed as HTML.
"use strict";
const DG = {};

DG.el = function (tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined) continue;
    if (k === "text") node.textContent = v;
    else if (k === "class") node.className = v;
    else if (k === "href") node.setAttribute("href", DG.safeHref(v));
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const c of children) {
    if (c === null || c === undefined) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
};

// only our own paths and http(s) links: never javascript: URLs from the data
DG.safeHref = function (h) {
  const s = String(h);
  return (s.startsWith("/") || /^https?:\/\//i.test(s)) ? s : "#";
};

DG.api = async function (path, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== "" && v !== null && v !== undefined) q.set(k, v);
  const url = "/api/" + path + (q.toString() ? "?" + q : "");
  const r = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await r.json().catch(() => ({}));
  if (!r.ok) throw new Error(body.error || ("HTTP " + r.status));
  return body;
};

DG.fail = function (err) {
  const main = document.getElementById("main");
  main.prepend(DG.el("p", { class: "error", role: "alert", text: "Error: " + err.message }));
};

DG.date = function (d) {
  if (!d) return "—";
  if (typeof d === "object") return (d.start || "?") + " – " + (d.end || "?");
  return String(d);
};

DG.actor = function (a) {
  if (!a) return "—";
  return a.code;
};

DG.actorLink = function (code, label) {
  if (!code || code === "-") return DG.el("span", { text: "—" });
  return DG.el("a", { href: "/actors/" + encodeURIComponent(code), text: label || code, class: "code" });
};

DG.money = function (value, currency, qualifier) {
  if (value === null || value === undefined) return "";
  const q = { more_than: "over ", less_than: "under ", about: "about ", up_to: "up to " }[qualifier] || "";
  let v = Number(value), s;
  if (v >= 1e9) s = (v / 1e9).toFixed(v % 1e9 ? 2 : 0) + " bn";
  else if (v >= 1e6) s = (v / 1e6).toFixed(v % 1e6 ? 1 : 0) + " m";
  else s = v.toLocaleString("en");
  return q + s + " " + (currency || "");
};

DG.eventLink = function (ev) {
  return DG.el("a", { href: "/events?id=" + ev.id, text: "#" + ev.id });
};

// links to every article that reports an event, each opening the article at its evidence
DG.sources = function (mentions) {
  const span = DG.el("span", { class: "sources" });
  const seen = new Set();
  for (const m of mentions || []) {
    if (seen.has(m.article)) continue;
    seen.add(m.article);
    span.append(DG.el("a", { href: "/articles/" + encodeURIComponent(m.article), text: m.title || m.article,
                             class: "source", title: (m.evidence && m.evidence.text) || "" }), " ");
  }
  return span;
};

DG.table = function (table, headers, rows) {
  table.replaceChildren();
  table.append(DG.el("thead", {}, DG.el("tr", {}, ...headers.map((h) => DG.el("th", { text: h })))));
  const body = DG.el("tbody");
  for (const r of rows) body.append(DG.el("tr", {}, ...r.map((c) => DG.el("td", {}, c))));
  table.append(body);
};

DG.pathParts = function () {
  return location.pathname.split("/").filter(Boolean).map(decodeURIComponent);
};

DG.TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
DG.fillTypes = function (select) {
  for (const t of DG.TYPES) select.append(DG.el("option", { value: t, text: t }));
};

// one line of a visit/agreement/pledge list: what, with whom, when, amount, its sources
DG.line = function (l, other) {
  const amt = DG.money(l.amount, l.currency, l.qualifier);
  const li = DG.el("li", { class: "line" },
    DG.el("span", { class: "when", text: DG.date(l.date) }), " ",
    other !== undefined ? DG.actorLink(other) : DG.el("span", {}, DG.actorLink(l.source && l.source.code || l.source), " → ",
                                                       DG.actorLink(l.target && l.target.code || l.target)),
    " ", DG.el("span", { class: "kind", text: l.type + (l.mode ? "/" + l.mode : "") + (l.status && l.status !== "occurred" ? " (" + l.status + ")" : "") }),
    amt ? DG.el("b", { class: "amount", text: " " + amt }) : null, " ",
    DG.el("a", { href: "/events?id=" + l.id, text: "#" + l.id }), " ",
    DG.sources(l.sources || l.mentions));
  if (l.evidence) li.append(DG.el("div", { class: "evidence", text: l.evidence }));
  return li;
};
DG.lines = function (ul, items, otherOf) {
  ul.replaceChildren(...items.map((l) => DG.line(l, otherOf ? otherOf(l) : undefined)));
  if (!items.length) ul.append(DG.el("li", { class: "muted", text: "None found." }));
};

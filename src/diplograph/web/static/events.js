// Events table: filters mirrored in the URL (shareable), paging, every row linked to its
// evidence and articles. ?id=N shows one event with all its evidence.
"use strict";
(function () {
  const form = document.getElementById("filters");
  const table = document.getElementById("events");
  const status = document.getElementById("status");
  const pager = document.getElementById("pager");
  const NAMES = ["actor", "partner", "type", "mode", "status", "since", "until", "text", "sort"];
  const LIMIT = 50;
  DG.fillTypes(form.elements.type);
  const params = new URLSearchParams(location.search);
  for (const n of NAMES) if (params.get(n)) form.elements[n].value = params.get(n);
  let offset = Number(params.get("offset") || 0);

  function current() {
    const f = {};
    for (const n of NAMES) { const v = form.elements[n].value.trim(); if (v) f[n] = v; }
    return f;
  }

  function row(e) {
    const amt = e.amount ? DG.money(e.amount.value, e.amount.currency, e.amount.qualifier) : "";
    const ev = (e.evidence && e.evidence.text) || "";
    return [DG.el("a", { href: "/events?id=" + e.id, text: "#" + e.id }), DG.date(e.date),
      e.type + (e.mode ? "/" + e.mode : ""), DG.actorLink(e.source && e.source.code),
      DG.actorLink(e.target && e.target.code), e.status, amt,
      DG.el("span", { class: "evidence", text: ev }), DG.sources(e.mentions)];
  }

  async function load() {
    const f = current();
    const q = new URLSearchParams(f);
    if (offset) q.set("offset", offset);
    history.replaceState(null, "", "/events" + (q.toString() ? "?" + q : ""));
    const exp = new URLSearchParams(f); exp.delete("sort");
    document.getElementById("csv").setAttribute("href", "/api/export.csv?" + exp);
    document.getElementById("jsonl").setAttribute("href", "/api/export.jsonl?" + exp);
    status.textContent = "Loading…";
    try {
      const page = await DG.api("events", { ...f, limit: LIMIT, offset });
      status.textContent = `${page.total} events` + (page.total > LIMIT ? `, ${offset + 1}–${Math.min(offset + LIMIT, page.total)}` : "");
      DG.table(table, ["", "Date", "Type", "Source", "Target", "Status", "Amount", "Evidence", "Articles"], page.items.map(row));
      pager.replaceChildren();
      if (offset > 0) pager.append(DG.el("button", { type: "button", text: "‹ Previous", onclick: () => { offset = Math.max(0, offset - LIMIT); load(); } }));
      if (offset + LIMIT < page.total) pager.append(DG.el("button", { type: "button", text: "Next ›", onclick: () => { offset += LIMIT; load(); } }));
    } catch (e) { status.textContent = ""; DG.fail(e); }
  }

  async function one(id) {
    form.hidden = true;
    try {
      const e = await DG.api("events/" + encodeURIComponent(id));
      document.querySelector("h1").textContent = `Event #${e.id}: ${e.type}${e.mode ? "/" + e.mode : ""}`;
      status.textContent = `${DG.date(e.date)} · ${(e.source || {}).name || ""} → ${(e.target || {}).name || "—"} · ${e.status} · reported by ${e.n_articles} article(s)`;
      DG.table(table, ["Article", "Language", "Date", "Evidence"], e.mentions.map((m) => [
        DG.el("a", { href: `/articles/${encodeURIComponent(m.article)}#ev-${e.id}`, text: m.title || m.article }),
        m.language || "", DG.date(m.date), DG.el("span", { class: "evidence", text: (m.evidence || {}).text || "" })]));
    } catch (err) { DG.fail(err); }
  }

  form.addEventListener("submit", (ev) => { ev.preventDefault(); offset = 0; load(); });
  if (params.get("id")) one(params.get("id")); else load();
})();

// Article view: the text with each event's evidence highlighted (<mark>), the coded
// event beside it. Text is cut at span offsets and inserted as text nodes only.
"use strict";
(async function () {
  const key = DG.pathParts().slice(1).join("/");
  try {
    const a = await DG.api("articles/" + key.split("/").map(encodeURIComponent).join("/"));
    document.title = (a.title || a.doc) + " · diplograph";
    document.getElementById("title").textContent = a.title || a.doc;
    const meta = document.getElementById("meta");
    meta.append([a.lang, a.published, a.source, `${a.spans.length} event records`].filter(Boolean).join(" · "));
    if (a.url) meta.append(" · ", DG.el("a", { href: a.url, text: "original", rel: "noopener noreferrer" }));
    const host = document.getElementById("text");
    const text = a.text;
    // non-overlapping spans in order; a span that overlaps the previous one only gets a note
    const spans = a.spans.filter((s) => s.start !== null && s.end !== null && s.end <= text.length);
    const marks = [];
    let pos = 0;
    for (const s of spans) {
      if (s.start < pos) { if (marks.length) marks[marks.length - 1].ids.push(s); continue; }
      marks.push({ start: s.start, end: s.end, ids: [s] });
      pos = s.end;
    }
    pos = 0;
    const frag = document.createDocumentFragment();
    for (const m of marks) {
      frag.append(document.createTextNode(text.slice(pos, m.start)));
      const mark = DG.el("mark", { id: "ev-" + m.ids[0].event_id, class: "evidence-mark",
                                   title: m.ids.map((s) => `#${s.event_id} ${s.type} ${s.source}→${s.target || "—"}`).join("; ") });
      mark.textContent = text.slice(m.start, m.end);
      for (const s of m.ids.slice(1)) mark.append(DG.el("span", { id: "ev-" + s.event_id, class: "anchor" }));
      frag.append(mark);
      pos = m.end;
    }
    frag.append(document.createTextNode(text.slice(pos)));
    host.replaceChildren(frag);
    const list = document.getElementById("spans");
    for (const s of a.spans) {
      const amt = s.amount ? " · " + DG.money(s.amount.value, s.amount.currency, s.amount.qualifier) : "";
      list.append(DG.el("li", { class: "span" },
        DG.el("a", { href: "#ev-" + s.event_id, class: "jump", text: `${s.type}${s.mode ? "/" + s.mode : ""}` }), " ",
        DG.actorLink(s.source), " → ", DG.actorLink(s.target), ` · ${DG.date(s.date)} · ${s.status || ""}${amt} `,
        DG.el("a", { href: "/events?id=" + s.event_id, text: "event #" + s.event_id })));
    }
    if (location.hash) { const t = document.getElementById(location.hash.slice(1)); if (t) { t.classList.add("focus"); t.scrollIntoView(); } }
  } catch (e) { DG.fail(e); }
})();

// Overview: counts, events by type over time, top dyads, newest events, actors.
"use strict";
(async function () {
  try {
    const [health, timeline, dyads, newest, actors] = await Promise.all([
      DG.api("health"), DG.api("timeline", { by: "month" }), DG.api("dyads", { limit: 10 }),
      DG.api("events", { limit: 10, sort: "-date" }), DG.api("actors")]);
    const cards = document.getElementById("counts");
    for (const [k, v] of Object.entries(health.counts)) {
      cards.append(DG.el("div", { class: "card" }, DG.el("b", { text: String(v) }), DG.el("span", { text: k })));
    }
    const dated = timeline.filter((t) => t.period !== "undated");
    const keys = [...new Set(dated.flatMap((t) => Object.keys(t.by_type)))];
    Charts.stacked(document.getElementById("chart"),
      Charts.fillMonths(dated.map((t) => ({ period: t.period, values: t.by_type }))), keys, { label: "events by type per month" });
    DG.table(document.getElementById("dyads"), ["Pair", "Events", "Types"], dyads.map((d) => [
      DG.el("span", {}, DG.actorLink(d.actor), " – ", DG.actorLink(d.partner)),
      DG.el("a", { href: `/events?actor=${encodeURIComponent(d.actor)}&partner=${encodeURIComponent(d.partner === "-" ? "" : d.partner)}`, text: String(d.events) }),
      Object.entries(d.by_type).map(([t, n]) => `${t} ${n}`).join(", ")]));
    DG.table(document.getElementById("newest"), ["Date", "Type", "Pair", "Sources"], newest.items.map((e) => [
      DG.date(e.date), DG.el("a", { href: "/events?id=" + e.id, text: e.type + (e.mode ? "/" + e.mode : "") }),
      DG.el("span", {}, DG.actorLink(e.source && e.source.code), " → ", DG.actorLink(e.target && e.target.code)),
      DG.sources(e.mentions)]));
    const tags = document.getElementById("actors");
    for (const a of actors.slice(0, 40)) {
      tags.append(DG.el("a", { class: "tag", href: "/actors/" + encodeURIComponent(a.code), title: a.name || a.code,
                               text: `${a.code} (${a.events})` }), " ");
    }
  } catch (e) { DG.fail(e); }
})();

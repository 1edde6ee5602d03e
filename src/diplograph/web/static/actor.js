// Actor page: partners ranked, month-by-month engagement with the major partners,
// visits made and received, commitments given and received.
"use strict";
(async function () {
  const code = DG.pathParts()[1];
  try {
    const p = await DG.api("actors/" + encodeURIComponent(code));
    document.title = `${p.actor.code} · diplograph`;
    document.getElementById("title").textContent = `${p.actor.name || p.actor.code} (${p.actor.code})`;
    document.getElementById("meta").textContent =
      `${p.actor.events} events: ${p.actor.as_source} as actor, ${p.actor.as_target} as recipient`;
    const years = [...new Set(p.timeline.map((t) => t.period.slice(0, 4)).filter((y) => /^\d{4}$/.test(y)))];
    const rev = document.getElementById("reviews");
    rev.append("Year in review: ");
    for (const y of years) rev.append(DG.el("a", { class: "tag", href: `/actors/${encodeURIComponent(code)}/review/${y}`, text: y }), " ");
    DG.table(document.getElementById("partners"), ["Partner", "Events", "Types", "Years"], p.partners.map((d) => [
      DG.actorLink(d.partner),
      DG.el("a", { href: `/events?actor=${encodeURIComponent(code)}&partner=${encodeURIComponent(d.partner === "-" ? "" : d.partner)}`, text: String(d.events) }),
      Object.entries(d.by_type).map(([t, n]) => `${t} ${n}`).join(", "),
      Object.entries(d.by_year).map(([t, n]) => `${t}: ${n}`).join(", ")]));
    const major = p.partners.filter((d) => d.partner !== "-").slice(0, 8).map((d) => d.partner);
    const rows = p.timeline.filter((t) => t.period !== "undated").map((t) => {
      const values = {};
      for (const m of major) values[m] = t.partners[m] || 0;
      const rest = Object.entries(t.partners).filter(([k]) => !major.includes(k)).reduce((s, [, n]) => s + n, 0);
      if (rest) values.other = rest;
      return { period: t.period, values };
    });
    Charts.stacked(document.getElementById("chart"), Charts.fillMonths(rows), [...major, "other"], { label: "engagement by partner per month" });
    const pts = [];
    for (const [kind, list] of [["made", p.visits.made], ["received", p.visits.received]]) {
      for (const v of list) {
        const loc = v.location || {};
        if (typeof loc.lat === "number" && typeof loc.lon === "number") {
          pts.push({ lat: loc.lat, lon: loc.lon, kind, name: loc.name, label: `${DG.date(v.date)} ${kind}: ${v.other || ""} (${loc.name || loc.code})` });
        }
      }
    }
    Charts.map(document.getElementById("map"), pts);
    DG.lines(document.getElementById("made"), p.visits.made, (l) => l.other);
    DG.lines(document.getElementById("received"), p.visits.received, (l) => l.other);
    const commit = (c) => ({ ...c, source: c.source, target: c.target, sources: [] });
    DG.lines(document.getElementById("given"), p.commitments.given.map(commit));
    DG.lines(document.getElementById("got"), p.commitments.received.map(commit));
  } catch (e) { DG.fail(e); }
})();

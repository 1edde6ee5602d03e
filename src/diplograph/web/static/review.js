// Year in review (/actors/KAZ/review/2024): the report an editor would write, each line
// linked to the event and to the articles it was read from. Printable (see app.css).
"use strict";
(async function () {
  const parts = DG.pathParts();
  const code = parts[1], year = parts[3];
  try {
    const r = await DG.api(`actors/${encodeURIComponent(code)}/review/${encodeURIComponent(year)}`);
    document.title = `${code} ${year} in review · diplograph`;
    document.getElementById("title").textContent = `${code}: ${year} in review`;
    const t = r.totals;
    const money = Object.entries(t.amounts).map(([c, v]) => DG.money(v, c)).join(", ");
    document.getElementById("summary").textContent =
      `${t.visits_made} visits made, ${t.visits_received} visits received, ${t.summits_hosted} summits hosted, ` +
      `${t.agreements} agreements, ${t.pledges} pledges` + (money ? ` (amounts named: ${money})` : "") + ".";
    DG.lines(document.getElementById("visits_made"), r.visits_made, (l) => l.other);
    DG.lines(document.getElementById("visits_received"), r.visits_received, (l) => l.other);
    DG.lines(document.getElementById("summits_hosted"), r.summits_hosted);
    DG.lines(document.getElementById("agreements"), r.agreements);
    DG.lines(document.getElementById("pledges"), r.pledges);
  } catch (e) { DG.fail(e); }
})();

// Network: actors as nodes, dyads as weighted edges, filterable by type and period.
"use strict";
(function () {
  const form = document.getElementById("filters");
  DG.fillTypes(form.elements.type);
  async function draw() {
    const f = {};
    for (const n of ["type", "since", "until"]) { const v = form.elements[n].value.trim(); if (v) f[n] = v; }
    try {
      const dyads = (await DG.api("dyads", { ...f, limit: 200 })).filter((d) => d.partner !== "-");
      const w = {};
      for (const d of dyads) { w[d.actor] = (w[d.actor] || 0) + d.events; w[d.partner] = (w[d.partner] || 0) + d.events; }
      const nodes = Object.entries(w).sort((a, b) => b[1] - a[1]).slice(0, 40).map(([id, weight]) => ({ id, weight }));
      Charts.network(document.getElementById("chart"), nodes, dyads.map((d) => ({ a: d.actor, b: d.partner, weight: d.events })));
    } catch (e) { DG.fail(e); }
  }
  form.addEventListener("submit", (ev) => { ev.preventDefault(); draw(); });
  draw();
})();

// API docs: the endpoints of /api/openapi.json, listed with their parameters (our own
// page, since Swagger UI would need a CDN and inline script).
"use strict";
(async function () {
  try {
    const spec = await (await fetch("/api/openapi.json")).json();
    const host = document.getElementById("endpoints");
    for (const [path, ops] of Object.entries(spec.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const sec = DG.el("section", { class: "endpoint" },
          DG.el("h3", {}, DG.el("code", { text: method.toUpperCase() + " " + path })),
          DG.el("p", { text: op.description || op.summary || "" }));
        const params = op.parameters || [];
        if (params.length) {
          const ul = DG.el("ul");
          for (const p of params) ul.append(DG.el("li", {}, DG.el("code", { text: p.name }), ` (${p.in}) ${p.description || ""}`));
          sec.append(ul);
        }
        host.append(sec);
      }
    }
  } catch (e) { DG.fail(e); }
})();

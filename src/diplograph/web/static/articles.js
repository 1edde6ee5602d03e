// Articles list: every stored article, linked to its view with highlighted evidence.
"use strict";
(async function () {
  try {
    const arts = await DG.api("articles");
    DG.table(document.getElementById("articles"), ["Title", "Language", "Published", "Events"], arts.map((a) => [
      DG.el("a", { href: "/articles/" + encodeURIComponent(a.doc), text: a.title || a.doc }),
      a.lang || "", a.published || "", String(a.n_events)]));
  } catch (e) { DG.fail(e); }
})();

"""POST /api/articles: an operator with the token adds an article (text or URL).

Text is read in this process by the real reader and stored with ``Store.add`` (the same
merge as ``diplograph ingest``); a URL goes through ``Store.ingest``, which fetches,
extracts and records failures. A language the reader cannot read is a 422, not a
silently empty result.
"""
from __future__ import annotations

import hashlib

from fastapi import APIRouter, Depends, HTTPException, Request, Response

from diplograph.model import Article

from .models import ArticleIn, IngestOut
from .security import require_token

router = APIRouter(prefix="/api")


@router.post("/articles", response_model=IngestOut, status_code=201, tags=["articles"],
             dependencies=[Depends(require_token)],
             responses={200: {"description": "already stored"}, 401: {}, 403: {}, 422: {}})
def add_article(request: Request, body: ArticleIn, response: Response):
    """Ingest one article; 201 when stored, 200 when the same text was already there.
    Requires ``Authorization: Bearer <token>``."""
    store = request.app.state.store
    if body.url:
        counts = store.ingest([body.url])
        fails = [f for f in store.failures() if f["doc"] == body.url] if counts.failed else []
        if counts.failed:
            reason = fails[0]["reason"] if fails else "unknown reason"
            raise HTTPException(422, f"could not ingest {body.url}: {reason}")
        if counts.read == 0:
            response.status_code = 200
        return IngestOut(stored=counts.read, skipped=counts.skipped, failed=counts.failed,
                         events=counts.events, failures=fails)
    from diplograph.ingest import language
    from diplograph.read import read
    text = body.text
    lang = body.lang or language.detect(text)
    why = language.problem(lang)
    if why:
        raise HTTPException(422, why + " (give `lang`: de, en or ru)")
    doc = body.id or "api-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
    article = Article(id=doc, text=text, published=body.published, lang=lang, title=body.title)
    events = read(article)
    if not store.add(article, events):
        response.status_code = 200
        return IngestOut(stored=0, skipped=1, failed=0, events=0, article=doc)
    return IngestOut(stored=1, skipped=0, failed=0, events=len(events), article=doc)

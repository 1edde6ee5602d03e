"""Response headers every page and API answer carries, and the operator's bearer token.

Why: the UI shows text written by strangers (news articles). A strict
Content-Security-Policy (scripts only from our own static files, no inline script, no
eval, nothing from other origins) means that even a mistake in rendering cannot run an
article's ``<script>``. The write endpoint is off unless the operator sets a token.
"""
from __future__ import annotations

import hmac

from fastapi import Header, HTTPException, Request, status

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
       "frame-ancestors 'none'; form-action 'self'")

HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


async def security_headers(request: Request, call_next):
    """HTTP middleware: add ``HEADERS`` to every response, errors included."""
    response = await call_next(request)
    for k, v in HEADERS.items():
        response.headers.setdefault(k, v)
    return response


def require_token(request: Request, authorization: str | None = Header(
        default=None, description="`Bearer <token>`, the token the operator configured")) -> None:
    """Dependency for write endpoints: 403 when no token is configured, 401 when the
    request does not carry it (compared in constant time)."""
    expected = request.app.state.token
    if not expected:
        raise HTTPException(status.HTTP_403_FORBIDDEN,
                            "writing is disabled: the operator has configured no token "
                            "(DIPLOGRAPH_TOKEN or serve --token)")
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), expected.encode()):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing or wrong bearer token",
                            headers={"WWW-Authenticate": "Bearer"})

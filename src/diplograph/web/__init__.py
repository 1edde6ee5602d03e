"""The browser UI: static HTML pages, CSS and vanilla JS served by ``diplograph.api``.

Why static: no build step, nothing from a CDN, and a strict CSP (no inline script).
Every page fetches /api and builds the DOM with textContent, never innerHTML, because
what it shows (article text, titles, names) was written by others.
"""

"""Small web pages and a feed written for the ingest tests, served from 127.0.0.1."""
from __future__ import annotations

import http.server
import threading
from contextlib import contextmanager

PARAS = {
    "visit": ["Kazakh President Kassym-Jomart Tokayev paid a state visit to France on "
              "5 November 2024, where he met President Emmanuel Macron at the Elysee Palace.",
              "The two presidents discussed trade, energy and the supply of critical raw "
              "materials, officials in Paris said after the talks."],
    "deal": ["Kazakhstan and Italy signed 18 agreements worth more than 1.5 billion dollars "
             "in Rome on 18 January 2024.",
             "The documents cover energy, engineering and agriculture, the Kazakh "
             "presidential press office said in a statement."],
}


def page(key: str, title: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAS[key])
    return (f"<html><head><title>{title}</title></head><body><nav><a href='/'>Home</a> "
            f"<a href='/world'>World</a></nav><article><h1>{title}</h1>{body}</article>"
            f"<footer>Copyright Example News</footer></body></html>")


FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Example News</title><link>{base}/</link>
<description>Diplomacy</description>
<item><title>State visit to France</title><link>{base}/visit.html</link>
<pubDate>Wed, 06 Nov 2024 09:00:00 GMT</pubDate></item>
<item><title>Deals in Rome</title><link>{base}/deal.html</link>
<pubDate>Fri, 19 Jan 2024 09:00:00 GMT</pubDate></item>
<item><title>Gone</title><link>{base}/missing.html</link></item>
</channel></rss>"""


def routes(base: str) -> dict[str, tuple[str, str]]:
    return {"/visit.html": ("text/html; charset=utf-8", page("visit", "State visit to France")),
            "/deal.html": ("text/html; charset=utf-8", page("deal", "Deals in Rome")),
            "/empty.html": ("text/html", "<html><body></body></html>"),
            "/feed.xml": ("application/rss+xml", FEED.format(base=base))}


@contextmanager
def serve():
    """A local HTTP server for the pages above; yields its base URL."""
    table: dict[str, tuple[str, str]] = {}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            if self.path not in table:
                self.send_error(404)
                return
            ctype, body = table[self.path]
            data = body.encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    table.update(routes(base))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield base
    finally:
        server.shutdown()
        server.server_close()

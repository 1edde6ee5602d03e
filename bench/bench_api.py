"""Throughput and latency of the REST API's events endpoint under concurrent load.

    .venv/bin/python bench/bench_api.py --events 100000 --seconds 10 --concurrency 16

Builds (once, cached by size) a synthetic database of merged events written through the
store's own writer, starts ``diplograph serve`` as a separate process (so the load
generator does not share its GIL), then measures requests/s and p50/p95 latency of
/api/health (the baseline: framework + one COUNT per table), of /api/events with the
filters an analyst uses and with evidence search (by date and by relevance), and of
/api/search, in the same run. A request that times out (30 s) counts as an error, with
its wait in the latencies. Not part of the test suite.
"""
from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from datetime import date, timedelta
from pathlib import Path

CODES = ["KAZ", "CHN", "RUS", "USA", "DEU", "FRA", "TUR", "UZB", "KGZ", "TJK", "TKM", "EU", "UN",
         "SCO", "GBR", "JPN", "KOR", "IND", "ARE", "SAU", "QAT", "AZE", "BLR", "ITA", "POL", "HUN"]
TYPES = [("CONSULT", "visit"), ("CONSULT", "phone"), ("CONSULT", "multilateral"), ("AGREE", None),
         ("SUPPORT", None), ("COOPERATE", None), ("AID", None), ("ACCUSE", None), ("SANCTION", None)]


def build(path: Path, n_events: int, per_article: int = 10, seed: int = 7) -> None:
    """Write ``n_events`` distinct events (``per_article`` per synthetic article)."""
    from diplograph.model import Article
    from diplograph.store.api import open as open_store
    rnd = random.Random(seed)
    day0 = date(2019, 1, 1)
    with open_store(str(path)) as store:
        for a in range(0, n_events, per_article):
            sents, recs, pos = [], [], 0
            for i in range(per_article):
                n = a + i
                src, tgt = rnd.sample(CODES, 2)
                typ, mode = rnd.choice(TYPES)
                d = (day0 + timedelta(days=rnd.randrange(7 * 365))).isoformat()
                s = f"Event {n}: {src} and {tgt} ({typ.lower()}) on {d} in synthetic town {n % 997}."
                recs.append({"article": f"bench{a}", "type": typ, "mode": mode, "context": [],
                             "source": {"code": src, "name": src, "text": src, "kind": "country"},
                             "target": {"code": tgt, "name": tgt, "text": tgt, "kind": "country"},
                             "symmetric": False, "date": d, "location": None, "status": "occurred",
                             "amount": None, "quantities": [], "promised_type": None,
                             "evidence": {"text": s, "start": pos, "end": pos + len(s), "sentence": i},
                             "confidence": 0.9, "language": "en"})
                sents.append(s)
                pos += len(s) + 1
            store.add(Article(id=f"bench{a}", text=" ".join(sents), lang="en",
                              published=date(2025, 1, 1)), recs)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def load(url: str, seconds: float, concurrency: int) -> dict:
    """``concurrency`` threads, each with a keep-alive client, for ``seconds``."""
    import httpx
    lat: list[float] = []
    errors = 0
    lock = threading.Lock()
    stop = time.perf_counter() + seconds

    def worker():
        nonlocal errors
        mine, bad = [], 0
        with httpx.Client(timeout=30) as c:
            while time.perf_counter() < stop:
                t = time.perf_counter()
                try:
                    ok = c.get(url).status_code == 200
                except httpx.HTTPError:  # a timeout counts as an error, and as its wait
                    ok = False
                mine.append(time.perf_counter() - t)
                bad += not ok
        with lock:
            lat.extend(mine)
            errors += bad

    t0 = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    lat.sort()
    return {"requests": len(lat), "errors": errors, "rps": len(lat) / wall,
            "p50_ms": 1000 * statistics.median(lat), "p95_ms": 1000 * lat[int(0.95 * (len(lat) - 1))]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--seconds", type=float, default=10)
    ap.add_argument("--concurrency", type=int, default=16)
    ap.add_argument("--db", default=None, help="database to use (default build/bench-<N>.db)")
    ap.add_argument("--only", action="append", help="run only the cases whose name contains this")
    args = ap.parse_args()
    db = Path(args.db or f"build/bench-{args.events}.db")
    if not db.exists():
        db.parent.mkdir(parents=True, exist_ok=True)
        t = time.perf_counter()
        build(db, args.events)
        print(f"built {db} with {args.events} events in {time.perf_counter() - t:.0f} s", flush=True)
    port = free_port()
    env = dict(os.environ, DIPLOGRAPH_TOKEN="")
    server = subprocess.Popen([sys.executable, "-m", "diplograph", "serve", "--db", str(db),
                               "--port", str(port)], env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        import httpx
        for _ in range(200):
            try:
                if httpx.get(base + "/api/health").status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        total = httpx.get(base + "/api/health").json()["counts"]["events"]
        print(f"{total} events, {args.concurrency} concurrent clients, {args.seconds:.0f} s each")
        cases = [("health (baseline)", "/api/health"),
                 ("events actor+type+since", "/api/events?actor=KAZ&type=CONSULT&since=2024-01-01&limit=50"),
                 ("events actor+partner", "/api/events?actor=KAZ&partner=CHN&limit=50"),
                 ("events text", "/api/events?text=synthetic%20town%2042&limit=50"),
                 ("events text, relevance", "/api/events?text=synthetic%20town%2042&sort=relevance&limit=50"),
                 ("events text + actor", "/api/events?actor=KAZ&text=town%2042*&limit=50"),
                 ("search", "/api/search?q=synthetic%20town%2042")]
        for name, path in cases:
            if args.only and not any(o in name for o in args.only):
                continue
            try:
                httpx.get(base + path, timeout=60)  # warm
            except httpx.HTTPError:
                pass
            r = load(base + path, args.seconds, args.concurrency)
            print(f"{name:26s} {r['rps']:8.1f} req/s  p50 {r['p50_ms']:7.1f} ms  "
                  f"p95 {r['p95_ms']:7.1f} ms  ({r['requests']} requests, {r['errors']} errors)", flush=True)
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()

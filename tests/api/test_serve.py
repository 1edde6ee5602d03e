"""``diplograph serve`` is registered in the main CLI and serves the API from a process."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time

import httpx
from typer.testing import CliRunner

from diplograph.cli import app


def test_serve_is_registered_with_its_options():
    r = CliRunner().invoke(app, ["serve", "--help"], env={"COLUMNS": "200"})
    assert r.exit_code == 0
    for opt in ("--db", "--host", "--port", "--token", "DIPLOGRAPH_TOKEN"):
        assert opt in r.output


def test_serve_answers_and_takes_the_token_from_the_environment(demo_db):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = dict(os.environ, DIPLOGRAPH_TOKEN="env-token")
    proc = subprocess.Popen([sys.executable, "-m", "diplograph", "serve", "--db", demo_db,
                             "--port", str(port)], env=env, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 30
        while True:
            try:
                r = httpx.get(base + "/api/health")
                break
            except httpx.HTTPError:
                assert time.time() < deadline and proc.poll() is None, "server did not start"
                time.sleep(0.1)
        assert r.status_code == 200 and r.json()["writable"] is True
        assert "default-src 'self'" in r.headers["content-security-policy"]
        assert httpx.post(base + "/api/articles", json={"text": "x"}).status_code == 401
    finally:
        proc.terminate()
        proc.wait(timeout=10)

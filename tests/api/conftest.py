"""One demo database per test session (ingesting through the reader takes seconds)."""
from __future__ import annotations

import pytest

from .demo_db import build

TOKEN = "test-token-123"


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory) -> str:
    return build(tmp_path_factory.mktemp("api") / "demo.db")


@pytest.fixture(scope="session")
def client(demo_db):
    from fastapi.testclient import TestClient

    from diplograph.api import create_app
    with TestClient(create_app(demo_db, token=TOKEN)) as c:
        yield c

import time

import pytest

from diplograph import kb as kbmod


@pytest.fixture(scope="session")
def kb():
    t0 = time.perf_counter()
    base = kbmod.load()
    base.index()
    print(f"\nknowledge base loaded and indexed in {time.perf_counter() - t0:.3f} s")
    return base

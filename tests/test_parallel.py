"""diplograph.parallel: results in input order whatever the number of workers, and a
worker that dies fails only the document it was reading."""
import os

from diplograph import parallel


def square_batch(items):
    return [(x, x * x, os.getpid()) for x in items]


def dying_batch(items):
    out = []
    for x in items:
        if x == 13:
            os._exit(3)  # as a segfault or an out-of-memory kill would end the worker
        out.append((x, x * x))
    return out


def crashed(x, reason):
    return (x, reason)


def test_results_keep_input_order_in_workers():
    got = list(parallel.ordered(range(100), square_batch, 2, crashed, batch=3))
    assert [(x, y) for x, y, _ in got] == [(x, x * x) for x in range(100)]
    assert os.getpid() not in {pid for _, _, pid in got}


def test_one_job_runs_in_this_process():
    got = list(parallel.ordered(range(5), square_batch, 1, crashed))
    assert {pid for _, _, pid in got} == {os.getpid()}


def test_a_dying_worker_fails_only_its_document():
    got = list(parallel.ordered(range(40), dying_batch, 2, crashed, batch=4))
    assert [x for x, _ in got] == list(range(40))
    assert [x for x, y in got if isinstance(y, str)] == [13]
    assert "died" in dict(got)[13]
    assert all(y == x * x for x, y in got if x != 13)



class _TornDown:
    """Writes its file when the interpreter's teardown frees it."""

    def __init__(self, path):
        self.write, self.fd = os.write, os.open(path, os.O_WRONLY | os.O_CREAT)  # still there at teardown

    def __del__(self):
        self.write(self.fd, b"torn down\n")


_held = []


def hold_until_teardown(path):
    _held.append(_TornDown(path))


def test_workers_leave_without_the_teardown(tmp_path):
    """Freeing a loaded reader object by object is skipped when a worker stops."""
    marker = tmp_path / "teardown.txt"
    got = list(parallel.ordered(range(10), square_batch, 2, crashed, batch=2,
                                init=hold_until_teardown, initargs=(str(marker),)))
    assert [x for x, _, _ in got] == list(range(10))
    assert marker.read_bytes() == b""

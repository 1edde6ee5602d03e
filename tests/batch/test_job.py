"""``diplograph batch`` on a local Ray (2 CPUs, one session for the module) over a small
sharded corpus of JSONL, Parquet and WARC written here: exactly the events of the
single-process path, failures in the failures file, shards by month, and ``load``
giving the store that ``ingest`` gives (loading twice changes nothing)."""
import io
import json
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pyarrow as pa
import pyarrow.dataset as pads
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import diplograph.store as store
from diplograph.batch import job
from diplograph.batch.load import load
from diplograph.batch.shards import month_of
from diplograph.cli import app
from diplograph.ingest.files import iter_documents
from diplograph.ingest.warc import iter_warc
from diplograph.read import worker


PAGES = {
    "deal": ("Deals in Rome", "Kazakhstan and Italy signed 18 agreements worth more than 1.5 billion dollars in Rome "
                              "on 18 January 2024. The documents cover energy and engineering."),
    "visit": ("State visit to France", "Kazakh President Kassym-Jomart Tokayev paid a state visit to France on "
                                       "5 November 2024, where he met President Emmanuel Macron in Paris."),
}


def page(key: str) -> str:
    title, text = PAGES[key]
    return (f"<html><head><title>{title}</title></head><body><nav><a href='/'>Home</a></nav><article>"
            f"<h1>{title}</h1><p>{text}</p><p>Officials said the talks went well and more visits would follow.</p>"
            f"</article><footer>Example News</footer></body></html>")

ray = pytest.importorskip("ray")
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="module")
def ray_session():
    ray.init(num_cpus=2, include_dashboard=False, logging_level="ERROR", log_to_driver=False)
    yield
    ray.shutdown()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """Two JSONL shards (one with a bad line and a record without text), a Parquet
    shard with the Russian dev articles, a WARC archive with two pages."""
    root = tmp_path_factory.mktemp("corpus")
    shards = root / "news"
    shards.mkdir()
    (shards / "a.jsonl").write_text(
        (EXAMPLES / "articles.jsonl").read_text(encoding="utf-8") + "{not json\n" + '{"id": "no_text"}\n',
        encoding="utf-8")
    (shards / "b.jsonl").write_text((FIXTURES / "en_dev" / "articles.jsonl").read_text(encoding="utf-8"),
                                    encoding="utf-8")
    ru = [json.loads(line) for line in (FIXTURES / "ru_dev" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
          if line.strip()]
    pq.write_table(pa.Table.from_pylist([{k: r.get(k) for k in ("id", "text", "published", "lang")} for r in ru]),
                   shards / "c.parquet")
    with open(shards / "d.warc.gz", "wb") as fh:
        w = WARCWriter(fh, gzip=True)
        for key in PAGES:
            hdr = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(f"https://news.example/{key}", "response",
                                                payload=io.BytesIO(page(key).encode()), http_headers=hdr))
    return shards, ru


@pytest.fixture(scope="module")
def result(ray_session, corpus, tmp_path_factory):
    shards, _ = corpus
    out = tmp_path_factory.mktemp("out") / "run"
    summary = job.run([str(shards), str(shards.parent / "missing.jsonl")], str(out))
    return out, summary


def batch_events(out) -> dict[str, list[str]]:
    """Article id -> its event records (JSON lines) in reading order, from the shards."""
    rows = pads.dataset(out / "events", format="parquet", partitioning="hive").to_table().to_pylist()
    by_doc = defaultdict(list)
    for r in rows:
        by_doc[r["doc"]].append((r["ordinal"], r["record"], r["month"]))
    out_ = {}
    for doc, items in by_doc.items():
        items.sort()
        for _, record, month in items:
            assert month == month_of(json.loads(record)["date"])
        out_[json.loads(items[0][1])["article"]] = [rec for _, rec, _ in items]
    return out_


def single_process(docs) -> dict[str, list[str]]:
    worker.load()
    return {a.id: recs for _, a, err in docs if err is None for recs in [worker.records(a)] if recs}


def test_batch_gives_the_events_of_one_process(result, corpus):
    out, summary = result
    shards, ru = corpus
    expected = single_process(iter_documents([shards / "a.jsonl", shards / "b.jsonl"]))
    ru_file = FIXTURES / "ru_dev" / "articles.jsonl"
    expected.update(single_process(iter_documents([ru_file])))
    expected.update(single_process(iter_warc(str(shards / "d.warc.gz"))))
    got = batch_events(out)
    assert got == expected
    assert sum(map(len, got.values())) == summary.events > 50
    assert {json.loads(r)["language"] for recs in got.values() for r in recs} == {"de", "en", "ru"}


def test_failures_are_written_not_raised(result, corpus):
    out, summary = result
    shards, _ = corpus
    failures = [json.loads(line) for line in (out / "failures.jsonl").read_text(encoding="utf-8").splitlines()]
    docs = {Path(f["doc"]).name: f["reason"] for f in failures}
    assert set(docs) == {"a.jsonl:3", "a.jsonl:4", "missing.jsonl"}
    assert "malformed JSON" in docs["a.jsonl:3"] and "no 'text'" in docs["a.jsonl:4"]
    assert summary.failed == 3 and summary.read == summary.documents - 3


def test_events_are_partitioned_by_month(result):
    out, _ = result
    months = sorted(p.name for p in (out / "events").iterdir())
    assert "month=unknown" in months or all(m[6:].count("-") == 1 for m in months)
    assert all(m == "month=unknown" or (len(m) == len("month=2024-07") and m[10] == "-") for m in months)
    assert len(months) > 3


def test_a_small_job_writes_one_file_per_month_not_one_per_block(result):
    """The corpus's four files are several blocks; the writes put them together."""
    out, _ = result
    assert len(list((out / "articles").glob("*.parquet"))) == 1
    assert all(len(list(month.glob("*.parquet"))) == 1 for month in (out / "events").iterdir())


def test_load_gives_the_store_ingest_gives_and_twice_changes_nothing(result, corpus, tmp_path):
    out, _ = result
    shards, ru = corpus
    with store.open(tmp_path / "loaded.db") as loaded, store.open(tmp_path / "ingested.db") as ingested:
        first = load(str(out), str(tmp_path / "loaded.db"))
        assert first.read > 20 and first.failed == 3
        before = (loaded.events(), loaded.counts())
        again = load(str(out), str(tmp_path / "loaded.db"))
        assert again.read == 0 and again.skipped == first.read + first.skipped
        assert (loaded.events(), loaded.counts()) == before
        # the single-process path over the same inputs, in the same order
        ingested.ingest([str(shards / "a.jsonl"), str(shards / "b.jsonl")])
        for _, article, err in iter_documents([FIXTURES / "ru_dev" / "articles.jsonl"]):
            ingested.add(article, worker.events(article))
        ingested.ingest([str(shards / "d.warc.gz")])
        assert comparable(loaded.events()) == comparable(ingested.events())


def comparable(records):
    out = []
    for r in records:
        r = json.loads(json.dumps(r, default=str))
        r.pop("id", None)
        out.append(json.dumps(r, sort_keys=True))
    return sorted(out)


def test_cli_batch_and_load(ray_session, corpus, tmp_path):
    shards, _ = corpus
    out = tmp_path / "cli"
    run = CliRunner().invoke(app, ["batch", str(EXAMPLES / "articles.jsonl"), "--output", str(out)])
    assert run.exit_code == 0, run.output
    assert "2 read, 0 failed" in run.output
    again = CliRunner().invoke(app, ["batch", str(EXAMPLES / "articles.jsonl"), "--output", str(out)])
    assert again.exit_code == 2 and "not empty" in again.output
    loaded = CliRunner().invoke(app, ["load", str(out), "--db", str(tmp_path / "cli.db")])
    assert loaded.exit_code == 0 and "stored" in loaded.output


def test_a_clear_error_without_ray(tmp_path):
    block = "import sys; sys.modules['ray'] = None; from diplograph.cli import app; app(prog_name='diplograph')"
    run = subprocess.run([sys.executable, "-c", block, "batch", "x.jsonl", "--output", str(tmp_path / "o")],
                         capture_output=True, text=True)
    assert run.returncode == 2
    assert "needs Ray" in run.stderr and "diplograph[batch]" in run.stderr

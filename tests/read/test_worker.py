"""read.worker: a parent that only hands documents to workers checks the user's
knowledge-base files without loading the reader, and a bad file is still a usage error."""
import subprocess
import sys

from typer.testing import CliRunner

from diplograph.cli import app
from diplograph.read import worker


def test_check_refuses_a_broken_kb_file(tmp_path):
    bad = tmp_path / "kb.json"
    bad.write_text("[1, 2, 3]", encoding="utf-8")
    try:
        worker.check((str(bad),))
    except ValueError as exc:
        assert "kb.json" in str(exc)
    else:
        raise AssertionError("a knowledge-base file that is not a JSON object was accepted")


def test_check_does_not_load_the_reader(tmp_path):
    good = tmp_path / "kb.json"
    good.write_text("{}", encoding="utf-8")
    code = ("import sys; from diplograph.read import worker; worker.check((sys.argv[1],)); "
            "print('diplograph.read.pipeline' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code, str(good)], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_a_broken_kb_file_with_jobs_is_a_usage_error(tmp_path):
    (tmp_path / "kb.json").write_text("[1, 2, 3]", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Kazakhstan and Uzbekistan signed a treaty in Tashkent.", encoding="utf-8")
    res = CliRunner().invoke(app, ["extract", str(tmp_path / "a.txt"), "--kb", str(tmp_path / "kb.json"), "--jobs", "2"])
    assert res.exit_code == 2 and "kb.json" in res.stderr

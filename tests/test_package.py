"""The notebook entry point of the README: diplograph.open(db).events(...)."""
import diplograph
from diplograph.model import Article
from diplograph.read import read


def test_open_store_from_package_root(tmp_path):
    art = Article("t", "Tokajew besuchte am 5. November 2024 Frankreich.", None, "de")
    with diplograph.open(str(tmp_path / "d.db")) as store:
        store.add(art, read(art))
        rows = store.events(actor="KAZ").to_events()
    assert [(e.type, e.source.code, e.target.code) for e in rows] == [("CONSULT", "KAZ", "FRA")]

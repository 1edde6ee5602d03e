"""Full-text search over evidence and articles, on real SQLite and PostgreSQL: the syntax,
folding of case and diacritics, the index kept in step by every write (ingest, repeat
ingest, merge, moving a mention, deleting an article), and the migration that fills it."""
import pytest
import sqlalchemy as sa
from alembic import command

import diplograph.store as store
from diplograph.api import reads
from diplograph.store import db as dbmod
from diplograph.store import search
from diplograph.store.schema import mentions

from .records import article, rec


def texts(s, q, **kw):
    return sorted(m["evidence"]["text"] for e in s.events(text=q, **kw) for m in e["mentions"])


# ------------------------------------------------------------------ the syntax (no database)

def test_parse_words_prefixes_and_phrases():
    assert search.parse("Tokayev  Beijing") == [search.Term(("Tokayev",)), search.Term(("Beijing",))]
    assert search.parse("Samark*") == [search.Term(("Samark",), prefix=True)]
    assert search.parse('"state visit" "Nord Str"*') == [
        search.Term(("state", "visit")), search.Term(("Nord", "Str"), prefix=True)]
    # punctuation splits words as the index does: a word with punctuation is a phrase
    assert search.parse("U.S. Kassym-Jomart") == [search.Term(("U", "S")),
                                                  search.Term(("Kassym", "Jomart"))]
    assert search.parse("Straße Ёлкино - ") == [search.Term(("Strasse",)), search.Term(("Елкино",))]
    assert search.parse("") == [] and search.parse("   ") == []


@pytest.mark.parametrize("bad", ['"unclosed', "Sam*rk", "*", "x-*", '"x*"', 'ab"c', "--", '""',
                                 " ".join(["w"] * 40)])
def test_syntax_errors_are_explained(bad):
    with pytest.raises(search.SearchSyntaxError) as exc:
        search.parse(bad)
    assert str(exc.value)
    search.parse(bad, strict=False)  # a search box reads it anyway


def test_operators_of_the_engines_are_plain_words():
    # FTS5 and tsquery operators typed by a user reach the engine only inside quotes
    terms = search.parse("NEAR(a b) col:x ^y OR NOT 'q' & !z <-> w:*", strict=False)
    assert all(w.isalnum() for t in terms for w in t.words)
    assert search.fts5_query(terms).count('"') == 2 * len(terms)


# ------------------------------------------------------------------ on both databases

def _stock(s):
    s.add(article("de1", "Tokajew in München."), [
        rec("de1", "CONSULT", "KAZ", "FRA", "2024-11-05", "Tokajew traf Macron in München an der Straße."),
        rec("de1", "AGREE", "KAZ", "FRA", "2024-11-05", "Sie unterzeichneten ein Abkommen über Uran."),
    ])
    s.add(article("ru1", "Визит в Москву"), [
        rec("ru1", "CONSULT", "KAZ", "CHN", "2024-07-02", "Токаев встретился с Си Цзиньпином в Москве."),
        rec("ru1", "COOPERATE", "KAZ", "CHN", "2024-07-02", "Стороны обсудили объединённый проект."),
    ])
    s.add(article("en1", "State visit"), [
        rec("en1", "CONSULT", "CHN", "KAZ", "2024-07-03", "Xi Jinping paid a state visit to Astana."),
        rec("en1", "AGREE", "KAZ", "ITA", "2024-01-18", "The U.S.-brokered deal was signed in Rome."),
    ])


def test_words_match_in_any_case_without_diacritics(db_url):
    with store.open(db_url) as s:
        _stock(s)
        assert texts(s, "munchen") == texts(s, "MÜNCHEN") == ["Tokajew traf Macron in München an der Straße."]
        assert texts(s, "strasse") == texts(s, "Straße") == texts(s, "munchen")
        assert texts(s, "москве") == texts(s, "МОСКВЕ") == ["Токаев встретился с Си Цзиньпином в Москве."]
        assert texts(s, "объединенный") == texts(s, "объединённый") == ["Стороны обсудили объединённый проект."]
        assert texts(s, "uran") == ["Sie unterzeichneten ein Abkommen über Uran."]
        assert texts(s, "mosk") == []  # a word, not a substring


def test_and_prefix_phrase(db_url):
    with store.open(db_url) as s:
        _stock(s)
        assert texts(s, "Tokajew Macron") == texts(s, "munchen")
        assert texts(s, "Tokajew Xi") == []  # every word, in one evidence sentence
        assert texts(s, "Токаев встрет*") == texts(s, "москве")
        assert texts(s, "Ast*") == ["Xi Jinping paid a state visit to Astana."]
        assert texts(s, '"state visit"') == texts(s, "Ast*")
        assert texts(s, '"visit state"') == []
        assert texts(s, '"paid a sta"*') == texts(s, "Ast*")
        assert texts(s, "U.S. brokered") == ["The U.S.-brokered deal was signed in Rome."]
        assert texts(s, "jinping", actor="KAZ", type="CONSULT", since="2024-07-03") == texts(s, "Ast*")


def test_hostile_text_is_only_ever_a_parameter(db_url):
    with store.open(db_url) as s:
        _stock(s)
        before = s.counts()
        for q in ["'); DROP TABLE events; --", 'x" OR 1=1 --', "mentions_fts MATCH *", "a:b", "' & !x"]:
            try:
                assert s.events(text=q) == []
            except search.SearchSyntaxError:
                pass  # a usage error, never a database error
            with s.engine.connect() as conn:
                assert search.search_evidence(conn, q, 5) == search.search_articles(conn, q, 5) == []
        assert s.counts() == before


def test_the_index_follows_every_write(db_url):
    with store.open(db_url) as s:
        _stock(s)
        assert not s.add(article("de1", "Tokajew in München."), [rec("de1", "CONSULT", "KAZ", "FRA", "2024-11-05",
                                                                     "Ein anderer Satz über Zagreb.")])
        assert texts(s, "zagreb") == []  # the same article again: nothing changes
        # a second report merges into the stored event: found through either sentence
        s.add(article("de2"), [rec("de2", "CONSULT", "KAZ", "FRA", "2024-11-05", "Der Besuch in Zagreb fiel aus.")])
        (ev,) = s.events(text="zagreb")
        assert ev["n_mentions"] == 2 and s.events(text="munchen")[0]["id"] == ev["id"]
        # a mention moved to another event (as a re-merge would) is found under the new one
        other = s.events(text="Uran")[0]["id"]
        with dbmod.writing(s.engine).begin() as conn:
            conn.execute(mentions.update().where(mentions.c.evidence_text.like("%Zagreb%"))
                         .values(event_id=other))
            conn.execute(mentions.update().where(mentions.c.evidence_text.like("%Rome%"))
                         .values(evidence_text="The deal was signed in Ankara."))
        assert [e["id"] for e in s.events(text="zagreb")] == [other]
        rome = s.events(actor="ITA")[0]["id"]
        assert s.events(text="rome") == [] and [e["id"] for e in s.events(text="ankara")] == [rome]
        with dbmod.writing(s.engine).begin() as conn:
            conn.execute(sa.text("DELETE FROM articles WHERE doc = 'ru1'"))
        assert texts(s, "москве") == []
        with s.engine.connect() as conn:
            assert [a["doc"] for a in search.search_articles(conn, "visit", 5)] == ["en1"]
            assert search.search_articles(conn, "москву", 5) == []


def test_relevance_puts_the_best_sentence_first(db_url):
    with store.open(db_url) as s:
        s.add(article("r1"), [
            rec("r1", "CONSULT", "KAZ", "FRA", "2024-03-01", "Talks in Paris covered trade, energy, transport and many other matters of the day."),
            rec("r1", "CONSULT", "KAZ", "CHN", "2024-04-01", "Uranium, uranium and again uranium."),
            rec("r1", "AGREE", "KAZ", "ITA", "2024-05-01", "A uranium deal."),
        ])
        s.add(article("r2"), [rec("r2", "CONSULT", "KAZ", "FRA", "2024-03-01", "No word of it here.")])
        total, page = reads.events_page(s.engine, text="uranium", sort="relevance")
        assert total == 2 and [e["target"]["code"] for e in page] == ["CHN", "ITA"]
        _, rev = reads.events_page(s.engine, text="uranium", sort="-relevance")
        assert [e["target"]["code"] for e in rev] == ["ITA", "CHN"]
        with pytest.raises(ValueError, match="relevance needs a text"):
            reads.events_page(s.engine, sort="relevance")
        with s.engine.connect() as conn:
            assert [h["evidence"] for h in search.search_evidence(conn, "uranium", 5)][0].startswith("Uranium")


def test_migration_fills_the_index_of_an_existing_database(db_url):
    engine = dbmod.make_engine(dbmod.resolve_url(db_url))
    cfg = dbmod._alembic_config()
    with dbmod.writing(engine).begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    from diplograph.store.writer import store_article
    store_article(engine, article("old"), [rec("old", "CONSULT", "KAZ", "FRA", "2024-11-05", "Stored before search: Köln.")])
    dbmod.upgrade(engine)
    with store.open(db_url) as s:
        assert texts(s, "koln") == ["Stored before search: Köln."]
        with s.engine.connect() as conn:
            assert [a["doc"] for a in search.search_articles(conn, "old", 5)] == ["old"]
    engine.dispose()


def test_search_objects_exist(db_url):
    engine = dbmod.connect(db_url)
    insp = sa.inspect(engine)
    if engine.dialect.name == "sqlite":
        assert {"mentions_fts", "articles_fts"} <= set(insp.get_table_names())
        with engine.connect() as conn:
            trig = set(conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='trigger'").scalars())
        assert len(trig) == 6
    else:
        names = {i["name"] for t in ("mentions", "articles") for i in insp.get_indexes(t)}
        assert {"ix_mentions_evidence_search", "ix_articles_search"} <= names
    engine.dispose()


def test_postgresql_search_does_not_depend_on_the_database_locale(pg_server):
    """In a C-locale database PostgreSQL's own lower() and [:alnum:] know only ASCII; the
    index must still hold Cyrillic words in lower case."""
    import uuid
    name = "dg_c_" + uuid.uuid4().hex[:10]
    admin = sa.create_engine(pg_server.replace("postgresql://", "postgresql+psycopg://", 1),
                             isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(sa.text(f"CREATE DATABASE \"{name}\" TEMPLATE template0 LC_COLLATE 'C' LC_CTYPE 'C'"))
    try:
        with store.open(pg_server.rpartition("/")[0] + "/" + name) as s:
            _stock(s)
            assert texts(s, "МОСКВЕ") == texts(s, "москве") == ["Токаев встретился с Си Цзиньпином в Москве."]
            assert texts(s, "Токаев встрет*") == texts(s, "москве")
            assert texts(s, "MÜNCHEN") == ["Tokajew traf Macron in München an der Straße."]
    finally:
        with admin.connect() as c:
            c.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

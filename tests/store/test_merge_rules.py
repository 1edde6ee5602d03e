"""The merge rules on hand-made records (no reader involved): what joins, what stays apart."""
from diplograph.store.merge import Facts, compatible, date_interval, narrowed

from .records import rec


def facts(**kw):
    return Facts.of_record(rec("a", kw.pop("type", "CONSULT"), kw.pop("src", "KAZ"),
                               kw.pop("tgt", "FRA"), kw.pop("when", "2024-11-05"), **kw),
                           published="2024-12-01")


def test_date_intervals():
    assert date_interval("2024") == ("2024-01-01", "2024-12-31")
    assert date_interval("2024-02") == ("2024-02-01", "2024-02-29")
    assert date_interval("2024-06-12") == ("2024-06-12", "2024-06-12")
    assert date_interval({"start": "2026-02-16", "end": "2026-02-22"}) == ("2026-02-16", "2026-02-22")
    assert date_interval(None) is None and date_interval("soon") is None


def test_year_is_compatible_with_a_day_inside_it():
    assert compatible(facts(when="2024"), facts(when="2024-11-05"))
    assert not compatible(facts(when="2023"), facts(when="2024-11-05"))
    assert narrowed(facts(when="2024"), facts(when="2024-11")) == ("2024-11-01", "2024-11-30")


def test_different_months_stay_apart():
    assert not compatible(facts(when="2024-03-10"), facts(when="2024-11-05"))
    assert compatible(facts(when="2024-11-05"), facts(when="2024-11-06"))  # one day of slack


def test_pair_order_matters_unless_symmetric():
    assert not compatible(facts(), facts(src="FRA", tgt="KAZ"))
    assert compatible(facts(symmetric=True), facts(src="FRA", tgt="KAZ"))
    assert not compatible(facts(), facts(tgt="CHN"))


def test_type_status_mode_place_amount():
    assert not compatible(facts(), facts(type="AGREE"))
    assert not compatible(facts(), facts(status="announced"))
    assert not compatible(facts(mode="visit"), facts(mode="phone"))
    assert compatible(facts(mode="visit"), facts(mode=None))
    assert not compatible(facts(location={"code": "FRA"}), facts(location={"code": "ITA"}))
    assert compatible(facts(location={"code": "FRA", "name": "Paris"}), facts(location=None))
    usd = lambda v, q="exact": {"value": v, "currency": "USD", "qualifier": q, "text": ""}
    assert compatible(facts(amount=usd(1.5e9, "more_than")), facts(amount=usd(1.52e9)))
    assert not compatible(facts(amount=usd(180e6)), facts(amount=usd(500e6)))
    assert not compatible(facts(amount=usd(1e6)), facts(amount={"value": 1e6, "currency": "EUR"}))


def test_undated_records_fall_in_a_window_before_publication():
    f = Facts.of_record(rec("a", "CONSULT", "KAZ", "FRA", None), published="2024-11-20")
    assert (f.start, f.end) == ("2024-10-20", "2024-11-20")
    assert compatible(f, facts(when="2024-11-05"))
    assert not compatible(f, facts(when="2024-03-10"))

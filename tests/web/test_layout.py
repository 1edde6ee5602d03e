"""Every page is set into the one layout: same head and navigation, its own title and script."""
from importlib import resources

import pytest

from diplograph.api.app import PAGES, render_page

NAMES = sorted(set(PAGES.values()))


@pytest.mark.parametrize("name", NAMES)
def test_page_has_layout_title_main_and_its_script(name):
    html = render_page(name)
    part = resources.files("diplograph.web").joinpath("pages", name).read_text(encoding="utf-8")
    assert html.startswith("<!doctype html>")
    assert '<nav>' in html and 'href="/events"' in html  # the shared navigation
    assert "{title}" not in html and "{main}" not in html and "{scripts}" not in html
    title = part.split("<title>")[1].split("</title>")[0]
    assert f"<title>{title} · diplograph</title>" in html
    own = [line for line in part.splitlines() if line.startswith("<script")]
    assert own and all(line in html for line in own)
    # shared scripts come before the page's own, which uses them
    assert html.index("common.js") < html.index(own[0])
    assert html.count("<main") == 1

"""The built-in user guide: one page per job in Vietnamese and English, every link and
screenshot found offline, the screenshots carried into the bundle."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument

from ui.guide import PAGES, GuideWindow, guide_folder, page_for, screenshots_folder

ROOT = Path(__file__).resolve().parents[2]


def _html(lang: str, page: str) -> str:
    return (guide_folder(lang) / f"{page}.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_job_has_a_page_in_each_language_whose_links_and_images_resolve(lang):
    assert sorted(p.stem for p in guide_folder(lang).glob("*.html")) == sorted(PAGES)
    for page in PAGES:
        html = _html(lang, page)
        assert f'<html lang="{lang}">' in html and "<title>" in html
        for link in re.findall(r'<a href="([^"#:]+)"', html):
            assert (guide_folder(lang) / link).is_file(), (page, link)
        for image in re.findall(r'<img src="([^"]+)"', html):
            assert (screenshots_folder() / image).is_file(), (page, image)


def test_each_pane_has_its_page_and_anything_else_opens_the_contents():
    from ui.panes import pane_specs

    for spec in pane_specs():
        assert page_for(spec.key) == spec.key
    assert page_for("nothing-here") == "index" and page_for("") == "index"


def test_the_english_pages_show_english_screenshots():
    for page in PAGES:
        images = re.findall(r'<img src="([^"]+)"', _html("en", page))
        assert all(i.startswith("en/") for i in images), page


def test_the_guide_window_shows_the_pages_screenshot_and_follows_links(vp_app, qtbot):
    window = GuideWindow(None, lang="vi")
    qtbot.addWidget(window)
    window.open_page("meetings")
    document = window.browser.document()
    image = window.browser.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl("meetings-pane.png"))
    assert not image.isNull() and image.width() > 1000
    assert "Điểm danh" in document.toPlainText()
    window.pages.setCurrentRow(PAGES.index("leave"))
    assert window.current_page() == "leave"
    window.browser.setSource(window.browser.source().resolved(QUrl("index.html")))
    assert window.pages.currentRow() == PAGES.index("index")


def test_the_bundle_carries_every_screenshot_the_guide_shows():
    """build/vanphong.spec copies them to resources/guide/screenshots, where the frozen app looks."""
    spec = (ROOT / "build" / "vanphong.spec").read_text(encoding="utf-8")
    function = next(n for n in ast.parse(spec).body if isinstance(n, ast.FunctionDef) and n.name == "guide_screenshots")
    namespace = {"ROOT": ROOT, "re": re, "Path": Path}
    exec(compile(ast.Module([function], []), "vanphong.spec", "exec"), namespace)  # noqa: S102
    bundled = {(Path(source).relative_to(ROOT / "docs" / "screenshots").as_posix(), target)
               for source, target in namespace["guide_screenshots"]()}
    shown = {image for lang in ("vi", "en") for page in PAGES
             for image in re.findall(r'<img src="([^"]+)"', _html(lang, page))}
    assert {source for source, _ in bundled} == shown
    assert all(target == Path("resources/guide/screenshots", source).parent.as_posix() for source, target in bundled)
    assert "tree(ROOT / \"resources\", \"resources\")" in spec  # the pages themselves, with every resource

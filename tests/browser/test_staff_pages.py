"""A staff page with every kind of section passes axe-core and the Nu checker, at both
widths, in both languages, before and after its video is played (#23)."""

import pytest

from tests.browser.crawl import AXE_SCRIPT, WIDTHS, check_html, file_name, run_axe
from tests.factories import StaffPageFactory
from tests.pages.samples import every_kind

pytestmark = pytest.mark.django_db(transaction=True)

PLAYER_PAGE = "<!DOCTYPE html><html lang=en><title>Player</title><p>Player</p></html>"


def test_a_page_with_every_section_passes_axe_and_the_nu_checker(
    browser, live_server, seeded, tmp_path
):
    target = StaffPageFactory(slug_fr="projet", slug_en="project")
    page = StaffPageFactory(
        title_fr="Le projet Mangrove",
        title_en="The Mangrove project",
        slug_fr="le-projet-mangrove",
        slug_en="the-mangrove-project",
    )
    every_kind(page, target)
    paths = ["/fr/le-projet-mangrove/", "/en/the-mangrove-project/"]
    # Apart from the uploaded images, which the tests keep in tmp_path too.
    html_dir = tmp_path / "html"
    html_dir.mkdir()
    axe_source = AXE_SCRIPT.read_text()
    violations = {}
    players = []
    for width_name, viewport in WIDTHS.items():
        context = browser.new_context(viewport=viewport, base_url=live_server.url)
        tab = context.new_page()
        # The player's host is never reached from the tests: a stand-in answers for it.
        tab.route(
            "https://www.youtube-nocookie.com/**",
            lambda route: route.fulfill(body=PLAYER_PAGE, content_type="text/html"),
        )
        hosts = set()
        tab.on("request", lambda request, seen=hosts: seen.add(request.url.split("/")[2]))
        for path in paths:
            hosts.clear()
            response = tab.goto(path)
            assert response.status == 200, path
            (html_dir / file_name(f"{width_name}{path}")).write_bytes(response.body())
            assert not tab.evaluate("document.documentElement.scrollWidth > window.innerWidth")
            before = run_axe(tab, axe_source)
            assert "www.youtube-nocookie.com" not in hosts
            tab.get_by_role(
                "button", name="Lire la vidéo" if "/fr/" in path else "Play the video"
            ).click()
            tab.locator("iframe.video-player").wait_for()
            players.append(tab.locator("iframe.video-player").get_attribute("src"))
            after = run_axe(tab, axe_source)
            (html_dir / file_name(f"{width_name}{path}played")).write_text(tab.content())
            for moment, found in (("before play", before), ("after play", after)):
                if found:
                    violations[f"{path} at {width_name}, {moment}"] = found
        context.close()

    assert violations == {}
    assert check_html(html_dir) == []
    assert set(players) == {"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"}

"""The agenda with events to come of every kind, which the seed lacks (its one event is past):
axe-core and the Nu checker on the pages that show them, at both widths (#15)."""

import datetime

import pytest
from django.utils import timezone

from contact.models import Place
from tests.browser.crawl import AXE_SCRIPT, WIDTHS, check_html, file_name, run_axe
from tests.factories import EventFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def build_events():
    today = timezone.localdate()
    place = Place.objects.get(seed_key="centre-gaia")
    return [
        EventFactory(
            start_date=today + datetime.timedelta(days=3),
            start_time=datetime.time(14),
            end_time=datetime.time(17),
            place=place,
            registration="contact",
        ),
        EventFactory(
            start_date=today + datetime.timedelta(days=10),
            end_date=today + datetime.timedelta(days=12),
            address_fr="Trnava, Slovaquie",
            address_en="Trnava, Slovakia",
            url="https://example.org/",
            time_zone="Europe/Paris",
            registration="link",
            registration_url="https://example.org/inscription",
        ),
        EventFactory(
            start_date=today + datetime.timedelta(days=20),
            start_time=datetime.time(9),
            time_zone="Africa/Dakar",
            is_online=True,
            url="https://example.org/reunion",
            status="postponed",
        ),
    ]


def test_pages_with_events_to_come_pass_axe_and_the_nu_checker(
    browser, live_server, seeded, tmp_path
):
    events = build_events()
    paths = ["/fr/", "/en/", "/fr/agenda/", "/en/events/"]
    paths += [event.get_absolute_url() for event in events]
    axe_source = AXE_SCRIPT.read_text()
    violations = {}
    for width_name, viewport in WIDTHS.items():
        context = browser.new_context(viewport=viewport, base_url=live_server.url)
        page = context.new_page()
        for path in paths:
            response = page.goto(path)
            assert response.status == 200, path
            (tmp_path / file_name(path)).write_bytes(response.body())
            assert not page.evaluate("document.documentElement.scrollWidth > window.innerWidth")
            found = run_axe(page, axe_source)
            if found:
                violations[f"{path} at {width_name}"] = found
        context.close()

    assert violations == {}
    assert check_html(tmp_path) == []

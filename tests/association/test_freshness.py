import datetime

from django.test import RequestFactory

from core.freshness import content_changes_at

NOON = datetime.datetime(2026, 12, 1, 12, tzinfo=datetime.UTC)


def test_the_earliest_change_wins():
    request = RequestFactory().get("/fr/")

    content_changes_at(request, NOON + datetime.timedelta(hours=6))
    content_changes_at(request, NOON)
    content_changes_at(request, NOON + datetime.timedelta(hours=1))
    content_changes_at(request, None)

    assert request.content_changes_at == NOON


def test_a_page_without_clock_content_has_no_change_time():
    assert not hasattr(RequestFactory().get("/fr/"), "content_changes_at")

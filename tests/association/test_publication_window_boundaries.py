"""A publication window at its exact edges (#28): the microsecond before, the instant, the one
after, on the page and in the QuerySet, with the instants written in Dakar time."""

import datetime
import zoneinfo

import pytest
import time_machine

from association.models import Programme
from tests.factories import ProgrammeFactory

pytestmark = pytest.mark.django_db

DAKAR = zoneinfo.ZoneInfo("Africa/Dakar")
# 09:00 in Dakar is 10:00 in Paris (winter) and 09:00 UTC.
OPENS = datetime.datetime(2027, 3, 2, 9, tzinfo=DAKAR)
CLOSES = datetime.datetime(2027, 3, 9, 9, tzinfo=DAKAR)
TICK = datetime.timedelta(microseconds=1)


@pytest.mark.parametrize(
    ("moment", "shown"),
    [
        (datetime.datetime(2027, 3, 2, 8, 59, 59, 999999, tzinfo=datetime.UTC), False),
        (datetime.datetime(2027, 3, 2, 9, tzinfo=datetime.UTC), True),
        (datetime.datetime(2027, 3, 2, 9, 0, 0, 1, tzinfo=datetime.UTC), True),
        (datetime.datetime(2027, 3, 9, 8, 59, 59, 999999, tzinfo=datetime.UTC), True),
        (datetime.datetime(2027, 3, 9, 9, tzinfo=datetime.UTC), False),
        (datetime.datetime(2027, 3, 9, 9, 0, 0, 1, tzinfo=datetime.UTC), False),
    ],
)
def test_a_programme_shows_from_its_first_instant_until_just_before_its_last(client, moment, shown):
    programme = ProgrammeFactory(publish_from=OPENS, publish_until=CLOSES)

    with time_machine.travel(moment, tick=False):
        status = client.get(programme.get_absolute_url()).status_code
        listed = list(Programme.objects.published())

    assert status == (200 if shown else 404)
    assert listed == ([programme] if shown else [])
    assert list(Programme.objects.published(now=moment)) == listed


def test_an_unticked_programme_stays_hidden_inside_its_window(client):
    programme = ProgrammeFactory(is_published=False, publish_from=OPENS, publish_until=CLOSES)

    with time_machine.travel(OPENS + datetime.timedelta(days=1), tick=False):
        assert client.get(programme.get_absolute_url()).status_code == 404

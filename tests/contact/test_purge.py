import datetime
import io

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from contact.models import ContactMessage
from tests.factories import ContactMessageFactory

pytestmark = pytest.mark.django_db


def purge(*args):
    out = io.StringIO()
    call_command("purge_contact_messages", *args, stdout=out)
    return out.getvalue()


def aged(days, status):
    return ContactMessageFactory(
        created_at=timezone.now() - datetime.timedelta(days=days), status=status
    )


def test_handled_messages_past_retention_are_deleted_and_counted():
    old_handled = aged(400, ContactMessage.Status.HANDLED)
    recent_handled = aged(100, ContactMessage.Status.HANDLED)

    output = purge()

    assert "1 handled message(s) older than 365 days deleted." in output
    assert list(ContactMessage.objects.all()) == [recent_handled]
    assert not ContactMessage.objects.filter(pk=old_handled.pk).exists()


def test_new_messages_are_never_purged_whatever_their_age():
    unanswered = aged(2000, ContactMessage.Status.NEW)

    purge("--older-than", "0")

    assert list(ContactMessage.objects.all()) == [unanswered]


def test_retention_comes_from_the_option_or_the_setting(settings):
    aged(40, ContactMessage.Status.HANDLED)
    aged(10, ContactMessage.Status.HANDLED)
    settings.CONTACT_RETENTION_DAYS = 30

    assert "0 handled message(s) older than 60 days deleted." in purge("--older-than", "60")
    assert "1 handled message(s) older than 30 days deleted." in purge()


def test_a_negative_age_is_refused():
    with pytest.raises(CommandError, match="zero or more"):
        purge("--older-than", "-1")

"""The reception staff's "Messages" inbox in the admin."""

import csv
import datetime
import io

import pytest
from django.utils import timezone

from contact.models import ContactMessage
from tests.factories import ContactMessageFactory

pytestmark = pytest.mark.django_db

INBOX = "/admin/contact/contactmessage/"


def test_the_inbox_is_called_messages_in_french_and_lists_newest_first(staff_client):
    now = timezone.now()
    ContactMessageFactory(name="Ancien", created_at=now - datetime.timedelta(days=3))
    ContactMessageFactory(name="Récent", created_at=now)

    html = staff_client.get(INBOX, headers={"accept-language": "fr"}).content.decode()

    assert "Messages" in staff_client.get("/admin/").content.decode()
    assert html.index("Récent") < html.index("Ancien")
    for label in ("Par statut", "Par objet", "Par langue", "Par reçu le"):
        assert label in html


@pytest.mark.parametrize(
    ("query", "shown", "hidden"),
    [
        ("status__exact=handled", "Traitée", "Nouvelle"),
        ("subject__exact=press", "Journaliste", "Nouvelle"),
        ("language__exact=en", "Anglophone", "Nouvelle"),
        ("q=biogaz", "Journaliste", "Anglophone"),
    ],
)
def test_staff_filter_and_search_the_inbox(staff_client, query, shown, hidden):
    ContactMessageFactory(name="Nouvelle")
    ContactMessageFactory(name="Traitée", status=ContactMessage.Status.HANDLED)
    ContactMessageFactory(name="Journaliste", subject="press", message="Le PAER et le biogaz")
    ContactMessageFactory(name="Anglophone", language="en")

    html = staff_client.get(f"{INBOX}?{query}").content.decode()

    assert shown in html
    assert hidden not in html


def test_mark_handled_action_changes_only_the_selected_messages(staff_client):
    chosen = ContactMessageFactory()
    other = ContactMessageFactory()

    response = staff_client.post(
        INBOX, {"action": "mark_handled", "_selected_action": [chosen.pk]}, follow=True
    )

    assert "1 message marqué comme traité." in response.content.decode()
    chosen.refresh_from_db()
    other.refresh_from_db()
    assert (chosen.status, other.status) == ("handled", "new")


def test_export_action_gives_a_csv_that_spreadsheets_read_as_text(staff_client):
    ContactMessageFactory(name='=HYPERLINK("http://evil")', message="Bonjour,\nà bientôt")

    response = staff_client.post(
        INBOX,
        {
            "action": "export_csv",
            "_selected_action": list(ContactMessage.objects.values_list("pk", flat=True)),
        },
    )

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:3] == ["reçu le", "nom", "e-mail"]
    assert rows[1][1] == '\'=HYPERLINK("http://evil")'
    assert rows[1][5] == "Bonjour,\nà bientôt"


def test_staff_change_only_the_status_and_note_never_the_visitors_text(staff_client):
    message = ContactMessageFactory(message="Texte d’origine")

    staff_client.post(
        f"{INBOX}{message.pk}/change/",
        {
            "status": "handled",
            "internal_note": "Rappelée le 3 mars",
            "message": "Texte modifié",
            "name": "Autre nom",
        },
    )

    message.refresh_from_db()
    assert (message.status, message.internal_note) == ("handled", "Rappelée le 3 mars")
    assert (message.message, message.name) == ("Texte d’origine", "Camille Martin")


def test_staff_cannot_write_a_message_themselves(staff_client):
    assert staff_client.get(f"{INBOX}add/").status_code == 403

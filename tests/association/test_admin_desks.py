"""One place per job on the admin home; the support page is one form (#25)."""

import pytest
from django.urls import reverse

from support.models import SupportSettings

pytestmark = pytest.mark.django_db


def section(html, desk):
    start = html.index(f'id="job-{desk}"')
    end = html.find('<div class="module job-section"', start + 1)
    return html[start : end if end != -1 else None]


def test_a_superuser_sees_four_desks_and_login_records_under_security(staff_client, seeded):
    html = staff_client.get("/admin/").content.decode()

    assert "Contenu du site" in html
    assert "Les réglages de l’association" in html
    settings = section(html, "settings")
    assert "Page «\u00a0Nous soutenir\u00a0»" in settings
    assert "Liens vers les réseaux sociaux" in settings
    security = section(html, "accounts")
    assert "Comptes et sécurité" in security
    assert "Tentatives de connexion" in security
    assert "Seconds facteurs" in security
    assert "Utilisateurs" in security
    assert "Tentatives de connexion" not in section(html, "content")


def test_an_editor_sees_no_accounts_or_security(client, editor, seeded):
    client.force_login(editor)

    html = client.get("/admin/").content.decode()

    assert 'id="job-accounts"' not in html
    assert "Tentatives de connexion" not in html


def test_the_support_page_opens_as_its_one_form_without_a_delete_link(staff_client, seeded):
    settings = SupportSettings.objects.get()

    response = staff_client.get(reverse("admin:support_supportsettings_changelist"), follow=True)

    html = response.content.decode()
    assert response.redirect_chain[-1][0] == reverse(
        "admin:support_supportsettings_change", args=[settings.pk]
    )
    assert "<h1>Modifier la page «\u00a0Nous soutenir\u00a0»</h1>" in html
    assert "deletelink" not in html

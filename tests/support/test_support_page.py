"""The "Support us" page: texts from the admin, nothing claimed until staff confirm it."""

import json
import re

import pytest

from support.models import SupportSettings
from tests.factories import KeyFigureFactory, SupportSettingsFactory

pytestmark = pytest.mark.django_db


def test_the_page_answers_at_its_french_and_english_addresses(client, seeded):
    french = client.get("/fr/nous-soutenir/")
    english = client.get("/en/support-us/")

    assert french.status_code == english.status_code == 200
    assert "<h1>Nous soutenir</h1>" in french.content.decode()
    assert "<h1>Support us</h1>" in english.content.decode()
    assert 'hreflang="en" href="http://testserver/en/support-us/"' in french.content.decode()


def test_until_staff_confirm_the_page_claims_no_link_fee_nor_tax_reduction(client, seeded):
    settings = SupportSettings.objects.get()
    settings.giving_url = "https://www.helloasso.com/unchecked"
    settings.membership_fee = 30
    settings.gives_tax_reduction = True
    settings.save()
    assert settings.to_confirm

    html = client.get("/fr/nous-soutenir/").content.decode()

    assert "helloasso" not in html
    assert "30" not in re.sub(r"<[^>]+>", "", html).split("Adhérer")[1][:200]
    assert "réduction d’impôt" not in html
    assert "Les moyens de donner sont en cours de mise en place" in html
    assert "DonateAction" not in client.get("/fr/").content.decode()


def test_what_a_gift_does_shows_the_key_figures_themselves(client, seeded):
    html = client.get("/en/support-us/").content.decode()

    assert "What a gift does" in html
    assert '<strong class="figure-value">124</strong>' in html


def test_a_key_figure_changed_by_staff_changes_on_the_page(client):
    figure = KeyFigureFactory(value_fr="124", value_en="124")
    support = SupportSettingsFactory()
    support.key_figures.add(figure)
    figure.value_fr = "130"
    figure.save()

    html = client.get("/fr/nous-soutenir/").content.decode()

    assert '<strong class="figure-value">130</strong>' in html
    assert "124" not in html


def test_once_confirmed_the_page_shows_how_to_give_and_the_fee_in_each_language(client):
    SupportSettingsFactory(membership_fee=25)

    french = client.get("/fr/nous-soutenir/").content.decode()
    english = client.get("/en/support-us/").content.decode()

    assert 'href="https://www.helloasso.com/associations/le-partenariat"' in french
    assert "La cotisation annuelle est de 25\u00a0€." in french
    assert "The yearly membership fee is €25." in english
    assert "Ce que coûte vraiment un don" in french


def test_the_association_offers_a_donate_action_to_search_engines_once_confirmed(client):
    SupportSettingsFactory()

    html = client.get("/en/").content.decode()
    [data] = [
        json.loads(block)
        for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html)
        if '"NGO"' in block
    ]

    assert data["potentialAction"]["@type"] == "DonateAction"
    assert data["potentialAction"]["target"] == (
        "https://www.helloasso.com/associations/le-partenariat"
    )


def test_without_a_giving_link_there_is_no_donate_action(client):
    SupportSettingsFactory(giving_url="")

    assert "DonateAction" not in client.get("/en/").content.decode()


def test_staff_edit_the_page_in_french_in_the_admin(staff_client, seeded):
    support = SupportSettings.objects.get()

    html = staff_client.get(f"/admin/support/supportsettings/{support.pk}/change/").content
    html = html.decode()

    assert "Page de don en ligne" in html
    assert "Cotisation annuelle (euros)" in html
    assert staff_client.get("/admin/support/supportsettings/add/").status_code == 403

"""`launch_check` lists what must be settled before the site goes public (#18)."""

import json
from io import StringIO

import pytest
from django.core.management import call_command

from association.models import LegalNotice, Programme
from core import launch
from core.content import public_content_models
from documents.models import Document
from tests.factories import PlaceFactory, ProgrammeFactory, SocialLinkFactory
from tests.probe.models import Leaflet

LIVE_SETTINGS = {
    "CONTACT_RECIPIENTS": ["accueil@example.org"],
    "DEFAULT_FROM_EMAIL": "Le Partenariat <site@example.org>",
    "SITE_URL": "https://www.example.org",
}


@pytest.fixture
def live_settings(settings):
    for name, value in LIVE_SETTINGS.items():
        setattr(settings, name, value)
    settings.ALLOWED_HOSTS = ["testserver", "www.example.org"]
    return settings


def run(*args):
    out = StringIO()
    with pytest.raises(SystemExit) as exit_info:
        call_command("launch_check", *args, stdout=out)
        raise SystemExit(0)
    return exit_info.value.code, out.getvalue()


def to_confirm_records():
    records = []
    for model in launch.confirmable_models():
        records += list(model.published_rows().filter(to_confirm=True))
    return records


def test_on_the_seeded_site_it_lists_every_published_record_to_confirm_and_exits_1(
    seeded, live_settings
):
    code, output = run("--json")
    data = json.loads(output)

    assert code == 1
    groups = {group["key"]: group for group in data["groups"]}
    expected = to_confirm_records()
    assert len(expected) >= 10
    assert len(groups["to_confirm"]["items"]) == len(expected)
    labels = {item["label"] for item in groups["to_confirm"]["items"]}
    assert {str(obj) for obj in expected} == labels
    assert all(
        item["admin_url"].startswith("https://www.example.org/admin/")
        for item in groups["to_confirm"]["items"]
    )


def test_once_everything_is_confirmed_or_unpublished_it_exits_0(seeded, live_settings):
    records = to_confirm_records()
    for index, obj in enumerate(records):
        # Grants have no "published" box of their own: they show with their programme.
        if index % 2 or not hasattr(obj, "is_published"):
            obj.to_confirm = False
        else:
            obj.is_published = False
        obj.save()
    # A known report still without its PDF is listed until it is uploaded or removed (#25).
    Document.objects.filter(file="").delete()
    LegalNotice.objects.update(**LEGAL_FACTS)

    code, output = run()

    assert code == 0, output
    assert "ready to go live" in output.lower() or "prêt" in output.lower()


LEGAL_FACTS = {
    "registration_number": "W595000000",
    "email": "contact@example.org",
    "director": "Claire Martin",
    "host_name": "Hébergeur SAS",
    "host_address": "1 rue de l’Hébergement, 59000 Lille",
    "host_phone": "+33 3 00 00 00 00",
    "mail_provider": "Courrier SAS",
}


def test_each_missing_fact_of_the_legal_notice_is_listed(seeded, live_settings):
    code, output = run("--json")
    groups = {group["key"]: group for group in json.loads(output)["groups"]}

    assert code == 1
    assert [(item["label"], item["problem"]) for item in groups["declared"]["items"]] == [
        ("numéro RNA ou SIREN", "manquant"),
        ("adresse e-mail", "manquant"),
        ("directeur ou directrice de la publication", "manquant"),
        ("hébergeur", "manquant"),
        ("adresse de l’hébergeur", "manquant"),
        ("téléphone de l’hébergeur", "manquant"),
        ("fournisseur d’e-mail", "manquant"),
    ]


def test_an_unsourced_detail_is_listed_with_what_to_check(seeded, live_settings):
    _code, output = run("--json")
    groups = {group["key"]: group for group in json.loads(output)["groups"]}
    problems = {item["label"]: item["problem"] for item in groups["to_confirm"]["items"]}

    assert problems["Mondialis’Action, atelier d’immersion sur la mondialisation"] == (
        "marquée «\u00a0à confirmer\u00a0» — Durée (180 minutes) et effectif (30 élèves) : "
        "aucune source publique ; à vérifier auprès du Centre Gaïa."
    )


def test_placeholder_settings_are_listed(db, settings):
    settings.CONTACT_RECIPIENTS = settings.PLACEHOLDER_RECIPIENTS
    settings.DEFAULT_FROM_EMAIL = "Le Partenariat <site@example.org>"
    settings.SITE_URL = settings.PLACEHOLDER_SITE_URL

    code, output = run("--json")

    settings_group = next(g for g in json.loads(output)["groups"] if g["key"] == "settings")
    assert code == 1
    assert [item["label"] for item in settings_group["items"]] == [
        "CONTACT_RECIPIENTS",
        "SITE_URL",
    ]


def test_a_new_kind_of_content_joins_by_declaration(db, live_settings):
    assert Leaflet in public_content_models()
    Leaflet.objects.create(title="Dépliant deviné", to_confirm=True)
    Leaflet.objects.create(title="Dépliant caché", to_confirm=True, is_published=False)

    code, output = run("--json")

    items = json.loads(output)["groups"][0]["items"]
    assert code == 1
    assert [item["label"] for item in items] == ["Dépliant deviné"]


def test_links_in_staff_texts_to_missing_pages_are_listed(db, live_settings):
    ProgrammeFactory(
        name_fr="Liens",
        body_fr=(
            '<p><a href="/fr/contact/">ok</a> <a href="/fr/nulle-part/">cassé</a> '
            '<a href="https://www.example.org/en/nowhere/">cassé aussi</a> '
            '<a href="https://ailleurs.example.com/x/">ailleurs</a> '
            '<a href="mailto:a@example.org">mail</a></p>'
        ),
    )

    problems = [item.problem for item in launch.broken_link_items()]

    assert len(problems) == 2
    assert "/fr/nulle-part/" in problems[0]
    assert "https://www.example.org/en/nowhere/" in problems[1]


def test_images_without_a_description_unless_decorative_are_listed(db, live_settings):
    described = ProgrammeFactory(
        name_fr="Décrite", image_alt_fr="Des élèves", image_alt_en="Pupils"
    )
    decorative = ProgrammeFactory(name_fr="Décorative", image_is_decorative=True)
    silent = ProgrammeFactory(name_fr="Muette", image_alt_fr="Des élèves")
    Programme.objects.filter(pk__in=[described.pk, decorative.pk, silent.pk]).update(
        image="programmes/photo.jpg"
    )

    items = launch.undescribed_image_items()

    assert [(item.label, item.problem) for item in items] == [
        (str(silent), "image sans description (EN)")
    ]


def test_published_records_missing_english_are_listed(db, live_settings):
    programme = ProgrammeFactory(name_fr="Sans anglais", summary_en="")

    items = launch.missing_translation_items()

    assert [item.label for item in items] == [str(programme)]


def test_the_admin_dashboard_counts_them_and_staff_confirm_several_at_once(seeded, staff_client):
    expected = to_confirm_records()
    page = staff_client.get("/admin/").content.decode()
    assert f"À confirmer avant la mise en ligne\u00a0: {len(expected)}" in page

    listing = staff_client.get("/admin/to-confirm/").content.decode()
    for obj in expected:
        assert str(obj) in listing.replace("&#x27;", "'").replace("&rsquo;", "’")

    place = PlaceFactory(to_confirm=True)
    link = SocialLinkFactory(to_confirm=True)
    response = staff_client.post(
        "/admin/to-confirm/",
        {"record": [f"contact.place:{place.pk}", f"contact.sociallink:{link.pk}"]},
        follow=True,
    )

    assert "2 fiches confirmées" in response.content.decode()
    place.refresh_from_db()
    link.refresh_from_db()
    assert not place.to_confirm and not link.to_confirm


def test_staff_without_the_right_to_change_a_kind_cannot_confirm_it(client, django_user_model, db):
    user = django_user_model.objects.create_user("editor", password="pw", is_staff=True)
    client.force_login(user)
    place = PlaceFactory(to_confirm=True)

    response = client.post("/admin/to-confirm/", {"record": [f"contact.place:{place.pk}"]})

    assert response.status_code == 403
    place.refresh_from_db()
    assert place.to_confirm


def test_each_list_of_records_to_confirm_has_an_action_to_confirm_the_ticked_ones(staff_client):
    guessed = SocialLinkFactory(to_confirm=True)
    other = SocialLinkFactory(to_confirm=True, url="https://www.instagram.com/example")

    staff_client.post(
        "/admin/contact/sociallink/",
        {"action": "mark_confirmed", "_selected_action": [guessed.pk]},
    )

    guessed.refresh_from_db()
    other.refresh_from_db()
    assert not guessed.to_confirm
    assert other.to_confirm


def test_the_records_to_confirm_are_exactly_the_published_ones_still_ticked(db, live_settings):
    # The expected list is written out, not computed by the module under test (#28).
    ProgrammeFactory(acronym="AC", name_fr="À confirmer", to_confirm=True)
    ProgrammeFactory(acronym="BR", name_fr="Brouillon", to_confirm=True, is_published=False)
    ProgrammeFactory(acronym="CO", name_fr="Confirmé", to_confirm=False)
    Leaflet.objects.create(title="Dépliant à confirmer", to_confirm=True)
    Leaflet.objects.create(title="Dépliant confirmé", to_confirm=False)

    code, output = run("--json")

    groups = {group["key"]: group for group in json.loads(output)["groups"]}
    assert code == 1
    assert sorted(item["label"] for item in groups["to_confirm"]["items"]) == [
        "AC – À confirmer",
        "Dépliant à confirmer",
    ]

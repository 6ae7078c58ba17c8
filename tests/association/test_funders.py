"""Partners by role, and the funders each programme thanks, changing on time (#16)."""

import datetime

import pytest
import time_machine
from django.db import connection
from django.template import Context, Template
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from association.models import Funding, Partner, Programme
from association.views import ProgrammeDetailView
from core.pagecache import invalidate, next_change
from documents.models import Document
from tests.factories import (
    DocumentFactory,
    FundingFactory,
    PartnerFactory,
    ProgrammeFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def render_every_time(settings):
    settings.PAGE_CACHE_SECONDS = 0


def test_the_partners_page_groups_partners_by_role_in_order(client):
    PartnerFactory(name_fr="GERES", role=Partner.Role.PARTNER)
    PartnerFactory(
        name_fr="AFD",
        full_name_fr="Agence française de développement",
        url="https://www.afd.fr/",
        role=Partner.Role.FUNDER,
    )
    PartnerFactory(name_fr="COTA", role=Partner.Role.EVALUATOR)

    html = client.get("/fr/partenaires/").content.decode()

    assert html.index("Financeurs") < html.index("Partenaires techniques et locaux")
    assert html.index("Partenaires techniques et locaux") < html.index("Évaluateurs")
    assert '<a href="https://www.afd.fr/">AFD</a><br>Agence française de développement' in html
    assert "Réseaux" not in html


def test_the_programme_page_thanks_current_funders_and_apart_past_ones(client):
    programme = ProgrammeFactory()
    today = timezone.localdate()
    FundingFactory(
        programme=programme,
        start_date=today - datetime.timedelta(days=30),
        end_date=today + datetime.timedelta(days=30),
        wording_fr="Cofinancé par l’Union européenne",
    )
    FundingFactory(
        programme=programme,
        start_date=datetime.date(2016, 1, 1),
        end_date=datetime.date(2016, 12, 31),
        wording_fr="Avec le soutien de la Ville de Paris",
    )

    html = client.get(programme.get_absolute_url()).content.decode()
    block = html[html.index("Avec le soutien de</h2>") :]

    assert block.index("Cofinancé par l’Union européenne") < block.index("L’ont soutenu auparavant")
    assert "L’ont soutenu auparavant</h3>" in block
    assert "Avec le soutien de la Ville de Paris (2016)" in block


def test_an_ended_programme_has_no_current_funder_and_no_empty_heading(client):
    programme = ProgrammeFactory(start_year=2012, end_year=2022)
    FundingFactory(programme=programme, wording_fr="Avec le soutien de l’AFD")
    FundingFactory(
        programme=programme,
        start_date=datetime.date(2025, 1, 1),
        end_date=datetime.date(2025, 12, 31),
        wording_fr="Avec le soutien du Grand Lyon",
    )

    with time_machine.travel(datetime.datetime(2026, 12, 7, 12, tzinfo=datetime.UTC)):
        html = client.get(programme.get_absolute_url()).content.decode()

    assert "Avec le soutien de</h2>" not in html
    block = html[html.index("L’ont soutenu auparavant</h2>") :]
    assert "<span>Avec le soutien de l’AFD</span>" in block
    assert "Avec le soutien du Grand Lyon (2025)" in block


def programme_page_at(moment, programme):
    request = RequestFactory().get(programme.get_absolute_url())
    request.user = None
    with time_machine.travel(moment, tick=False):
        view = ProgrammeDetailView.as_view()
        response = view(request, slug=programme.slug)
        response.render()
    return response.content.decode()


def test_the_block_changes_by_itself_on_the_day_after_the_grants_last_day():
    programme = ProgrammeFactory()
    FundingFactory(
        programme=programme,
        start_date=datetime.date(2026, 1, 1),
        end_date=datetime.date(2026, 5, 31),
        wording_fr="Avec le soutien de l’AFD",
    )
    last_day = timezone.make_aware(datetime.datetime(2026, 5, 31, 23, 0))

    html = programme_page_at(last_day, programme)
    assert "L’ont soutenu auparavant" not in html
    assert "Avec le soutien de l’AFD" in html
    # The page cache drops every page when the grant ends, at midnight in Lille.
    assert next_change(last_day) == timezone.make_aware(datetime.datetime(2026, 6, 1))

    html = programme_page_at(last_day + datetime.timedelta(hours=2), programme)
    assert "L’ont soutenu auparavant" in html


def test_a_grant_starting_later_marks_when_the_page_changes():
    programme = ProgrammeFactory()
    FundingFactory(programme=programme, start_date=datetime.date(2027, 3, 1))
    now = timezone.make_aware(datetime.datetime(2027, 1, 10, 12, 0))

    html = programme_page_at(now, programme)

    assert "Avec le soutien de</h2>" not in html
    assert next_change(now) == timezone.make_aware(datetime.datetime(2027, 3, 1))


def test_funding_attribution_shows_grants_covering_the_records_date():
    grant = FundingFactory(
        start_date=datetime.date(2019, 6, 1),
        end_date=datetime.date(2020, 5, 31),
        wording_fr="Avec le soutien de l’AFD",
    )
    document = DocumentFactory()
    document.programmes.add(grant.programme)
    template = Template(
        "{% load funding_tags %}{% funding_attribution document.programmes.all when %}"
    )
    document = Document.objects.prefetch_related(Funding.prefetch_for("programmes")).get(
        pk=document.pk
    )

    def shown(when):
        return "Avec le soutien de l’AFD" in template.render(
            Context({"document": document, "when": when})
        )

    assert shown(datetime.date(2020, 5, 31))
    assert not shown(datetime.date(2020, 6, 1))
    assert shown(2019)
    assert not shown(2021)
    assert not shown(None)


def test_staff_see_which_programmes_have_no_funder(staff_client):
    funded = ProgrammeFactory(name_fr="Programme financé")
    FundingFactory(programme=funded)
    unfunded = ProgrammeFactory(name_fr="Programme sans financeur")
    url = reverse("admin:association_programme_changelist")

    html = staff_client.get(url, {"has_funder": "no"}).content.decode()

    assert f"/{unfunded.pk}/change/" in html
    assert f"/{funded.pk}/change/" not in html
    assert "Aucun financeur indiqué" in html
    dashboard = staff_client.get(reverse("admin:index")).content.decode()
    assert "1 sans financeur" in dashboard
    assert f"{url}?has_funder=no" in dashboard


def test_seeded_fundings_follow_the_facts(seeded):
    paems = Programme.objects.get(seed_key="paems")
    funders = set(paems.fundings.values_list("partner__seed_key", flat=True))

    assert funders == {
        "afd",
        "ville-de-paris",
        "agence-eau-artois-picardie",
        "ambassade-japon-guinee",
        "agence-eau-rmc",
        "grand-lyon",
        "mairie-bethune",
    }
    phase_3 = Programme.objects.get(seed_key="paer").fundings.get()
    assert (phase_3.start_date, phase_3.end_date) == (
        datetime.date(2023, 6, 1),
        datetime.date(2026, 5, 31),
    )
    assert Partner.objects.get(seed_key="cota").role == Partner.Role.EVALUATOR
    assert not paems.fundings.filter(to_confirm=False).exists()


def test_the_partners_page_makes_the_same_number_of_queries_with_5_and_1000_partners(client):
    def count():
        invalidate()
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/fr/partenaires/").status_code == 200
        return len(queries)

    Partner.objects.bulk_create(
        Partner(name_fr=f"P{n}", name_en=f"P{n}", role=list(Partner.Role)[n % 4]) for n in range(5)
    )
    few = count()
    Partner.objects.bulk_create(
        Partner(name_fr=f"Q{n}", name_en=f"Q{n}", role=list(Partner.Role)[n % 4])
        for n in range(995)
    )
    assert count() == few

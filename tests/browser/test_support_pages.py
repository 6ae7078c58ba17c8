"""The pages of #17 in the states the seed does not show: the calculator and its answers,
an open offer, a closed one, and the newsletter's pages reached from emails."""

import datetime

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from lepartenariat.seeding import seed_all
from newsletter.models import Subscription, token_hash
from support.models import SupportSettings
from tests.browser.crawl import crawl_site
from tests.factories import OfferFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CONFIRM_TOKEN = "browser-test-token"


def prepare():
    seed_all()
    SupportSettings.objects.update(
        to_confirm=False,
        giving_url="https://www.helloasso.com/associations/le-partenariat",
        membership_url="https://www.helloasso.com/associations/le-partenariat/adhesions",
        membership_fee=25,
        cheque_instructions_fr="À l’ordre du Partenariat.",
        cheque_instructions_en="Payable to Le Partenariat.",
        gives_tax_reduction=True,
    )
    OfferFactory(
        slug_fr="animateur-ecsi",
        slug_en="ecsi-facilitator",
        closes_on=datetime.date.today() + datetime.timedelta(days=20),
    )
    subscription = Subscription(
        email="awa@example.org",
        language="fr",
        consent_text="…",
        confirmation_sent_at=timezone.now(),
    )
    subscription.token_hash = token_hash(CONFIRM_TOKEN)
    subscription.save()
    return subscription.unsubscribe_token


@pytest.fixture(scope="module")
def crawl(browser, live_server, django_db_setup, django_db_blocker, tmp_path_factory):
    storages = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    with override_settings(STORAGES=storages), django_db_blocker.unblock():
        unsubscribe_token = prepare()
        paths = [
            "/fr/nous-soutenir/",
            "/en/support-us/",
            "/fr/nous-soutenir/?donor=individual&amount=1+000&taxable_income=2+000",
            "/en/support-us/?donor=company&amount=oops",
            "/fr/offres/",
            "/en/opportunities/ecsi-facilitator/",
            "/fr/offres/responsable-service-appui-aux-programmes/",
            "/fr/lettre/",
            "/en/newsletter/thank-you/",
            f"/fr/lettre/confirmer/{CONFIRM_TOKEN}/",
            "/en/newsletter/confirm/used-or-expired/",
            f"/fr/lettre/desinscription/{unsubscribe_token}/",
        ]
        try:
            return crawl_site(
                browser, live_server.url, tmp_path_factory.mktemp("html17"), paths=paths
            )
        finally:
            call_command("flush", interactive=False, verbosity=0)


def test_each_page_answers_as_it_should(crawl):
    statuses = dict(crawl.statuses)

    assert statuses.pop("/fr/offres/responsable-service-appui-aux-programmes/") == 410
    assert statuses.pop("/en/newsletter/confirm/used-or-expired/") == 404
    assert set(statuses.values()) == {200}


def test_axe_finds_no_violation_at_either_width(crawl):
    assert crawl.violations == {}


def test_the_nu_html_checker_finds_no_error(crawl):
    assert crawl.html_errors == []


def test_each_page_has_one_main_heading_and_no_sideways_scrolling(crawl):
    assert {path for path, count in crawl.h1_counts.items() if count != 1} == set()
    assert crawl.overflowing == []

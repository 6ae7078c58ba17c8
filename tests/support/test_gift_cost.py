"""What a gift really costs: a GET form answered by the page, in the page's number format."""

from decimal import Decimal

import pytest

from support import tax
from support.forms import parse_amount
from tests.factories import SupportSettingsFactory

pytestmark = pytest.mark.django_db

NBSP = "\u00a0"


@pytest.fixture(autouse=True)
def confirmed_settings(db):
    return SupportSettingsFactory()


def answer(client, path):
    response = client.get(path)
    assert response.status_code == 200
    return response.content.decode()


def test_100_euros_given_by_an_individual_cost_34_euros_in_french(client):
    html = answer(client, "/fr/nous-soutenir/?donor=individual&amount=100")

    assert (
        f"Votre don de 100{NBSP}€ vous revient à 34{NBSP}€ après 66{NBSP}€ de réduction d’impôt."
        in html
    )


def test_100_euros_cost_34_euros_written_the_english_way(client):
    html = answer(client, "/en/support-us/?donor=individual&amount=100")

    assert "Your gift of €100 costs you €34 after a tax reduction of €66." in html


def test_french_amounts_are_read_with_spaces_and_a_decimal_comma(client):
    html = answer(client, "/fr/nous-soutenir/?donor=individual&amount=1+234,50+€")

    assert f"Votre don de 1{NBSP}234,50{NBSP}€" in html
    assert f"vous revient à 419,73{NBSP}€" in html


def test_english_amounts_are_read_with_thousands_commas(client):
    html = answer(client, "/en/support-us/?donor=individual&amount=1,234.50")

    assert "Your gift of €1,234.50" in html
    assert "costs you €419.73" in html


def test_the_individual_ceiling_is_20_percent_of_taxable_income(client):
    html = answer(client, "/en/support-us/?donor=individual&amount=10,000&taxable_income=20,000")

    assert "costs you €7,360 after a tax reduction of €2,640." in html
    assert (
        "€6,000 of the gift is above this year's ceiling. It is carried over to the next five "
        "years, where it may still bring up to €3,960 of tax reduction, within each year's "
        "ceiling." in html
    )


def test_a_company_gets_60_percent_within_20000_euros_without_its_turnover(client):
    html = answer(client, "/fr/nous-soutenir/?donor=company&amount=30+000")

    assert f"lui revient à 18{NBSP}000{NBSP}€ après 12{NBSP}000{NBSP}€ de réduction d’impôt" in html


def test_a_large_company_s_ceiling_is_half_a_percent_of_its_turnover(client):
    html = answer(client, "/en/support-us/?donor=company&amount=30000&turnover=10000000")

    assert "costs it €12,000 after a tax reduction of €18,000." in html


def test_above_two_million_euros_a_company_gets_40_percent():
    cost = tax.company_gift_cost(Decimal("3000000"), turnover=Decimal("1000000000"))

    assert cost.reduction == Decimal("1600000.00")


def test_a_wrong_amount_gets_a_translated_error_and_no_answer(client):
    french = answer(client, "/fr/nous-soutenir/?donor=individual&amount=cent+euros")
    english = answer(client, "/en/support-us/?donor=individual&amount=")

    assert f"Écrivez un montant en euros, par exemple 1{NBSP}250,50{NBSP}€." in french
    assert "vous revient" not in french
    assert "Enter the amount of your gift." in english


def test_a_gift_of_nothing_is_refused(client):
    french = answer(client, "/fr/nous-soutenir/?donor=individual&amount=0")
    english = answer(client, "/en/support-us/?donor=company&amount=0,00")

    assert f"Saisissez un montant supérieur à 0{NBSP}€." in french
    assert "vous revient" not in french
    assert "Enter an amount above 0 €." in english
    assert "costs it" not in english


def test_the_text_states_both_company_rates_and_the_carry_over(client):
    html = answer(client, "/fr/nous-soutenir/")

    assert (
        f"pour les entreprises, 60{NBSP}% du don jusqu’à 2 millions d’euros et 40{NBSP}% "
        "au-delà" in html
    )


def test_the_answer_is_cached_like_any_page_by_its_query_string(client):
    first = client.get("/en/support-us/?donor=individual&amount=100")
    second = client.get("/en/support-us/?donor=individual&amount=200")

    assert "public" in first["Cache-Control"]
    assert "costs you €68 after" in second.content.decode()
    assert client.get("/en/support-us/?donor=individual&amount=100").content == first.content


@pytest.mark.parametrize(
    ("text", "language", "amount"),
    [
        ("1 234,5", "fr", Decimal("1234.5")),
        ("1\u202f234", "fr", Decimal("1234")),
        ("100.50", "fr", Decimal("100.50")),
        ("1,234", "en", Decimal("1234")),
        ("€ 50", "en", Decimal("50")),
        ("-5", "en", None),
        ("1e3", "en", None),
        ("12,345", "fr", None),
        ("1.000", "fr", Decimal("1000")),
        ("1.234,50", "en", Decimal("1234.50")),
        ("1 234,50", "en", Decimal("1234.50")),
        ("1,234.50", "fr", Decimal("1234.50")),
        ("1,234,567", "en", Decimal("1234567")),
    ],
)
def test_amounts_are_read_as_each_language_writes_them(text, language, amount):
    assert parse_amount(text, language) == amount


def test_without_a_tax_reduction_there_is_no_calculator(client, confirmed_settings):
    confirmed_settings.gives_tax_reduction = False
    confirmed_settings.save()

    html = answer(client, "/fr/nous-soutenir/?donor=individual&amount=100")

    assert "Ce que coûte vraiment un don" not in html
    assert "il me coûte" not in html

"""The gift calculator at its edges (#28): no income, exactly at each ceiling, a cent above."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from support import tax
from tests.factories import SupportSettingsFactory

D = Decimal

euros = st.decimals(min_value=D("0.01"), max_value=D("10000000"), places=2)


@pytest.mark.parametrize(
    ("amount", "income", "reduction", "counted", "carried_over"),
    [
        # No taxable income: nothing counts this year, everything is carried over.
        (D("100"), D("0"), D("0.00"), D("0.00"), D("100.00")),
        # 20 % of 20,000 € is 4,000 €: just under, at and just above the ceiling.
        (D("3999.99"), D("20000"), D("2639.99"), D("3999.99"), D("0.00")),
        (D("4000"), D("20000"), D("2640.00"), D("4000.00"), D("0.00")),
        (D("4000.01"), D("20000"), D("2640.00"), D("4000.00"), D("0.01")),
        # Without an income the ceiling is taken as not reached.
        (D("1000000"), None, D("660000.00"), D("1000000.00"), D("0.00")),
    ],
)
def test_an_individual_counts_the_gift_up_to_a_fifth_of_taxable_income(
    amount, income, reduction, counted, carried_over
):
    cost = tax.individual_gift_cost(amount, income)

    assert (cost.amount, cost.reduction, cost.counted) == (amount, reduction, counted)
    assert cost.carried_over == carried_over
    assert cost.cost == amount - reduction


def test_half_a_cent_of_reduction_is_rounded_up():
    # 66 % of 0.25 € is 0.165 €: the reduction is 0.17 €, as a tax office rounds.
    cost = tax.individual_gift_cost(D("0.25"))

    assert cost.reduction == D("0.17")
    assert cost.cost == D("0.08")


@pytest.mark.parametrize(
    ("amount", "turnover", "reduction", "counted"),
    [
        # Without a turnover, the 20,000 € ceiling: at and a cent above.
        (D("20000"), None, D("12000.00"), D("20000.00")),
        (D("20000.01"), None, D("12000.00"), D("20000.00")),
        # 0.5 % of 3 million is 15,000 €, below the flat 20,000 € which applies instead.
        (D("25000"), D("3000000"), D("12000.00"), D("20000.00")),
        # 0.5 % of 4 million is exactly 20,000 €; of 4,000,200 €, 20,001 €.
        (D("25000"), D("4000000"), D("12000.00"), D("20000.00")),
        (D("25000"), D("4000200"), D("12000.60"), D("20001.00")),
        # The 60 % rate stops at exactly 2 million euros; the next euro gets 40 %.
        (D("2000000"), D("1000000000"), D("1200000.00"), D("2000000.00")),
        (D("2000001"), D("1000000000"), D("1200000.40"), D("2000001.00")),
        # Half a cent is rounded up here too: 60 % of 0.01 € is 0.006 €.
        (D("0.01"), None, D("0.01"), D("0.01")),
    ],
)
def test_a_company_counts_the_gift_up_to_its_ceiling_and_60_percent_up_to_2_million(
    amount, turnover, reduction, counted
):
    cost = tax.company_gift_cost(amount, turnover)

    assert (cost.reduction, cost.counted) == (reduction, counted)
    assert cost.carried_over == amount - counted


def test_a_company_without_turnover_has_the_flat_ceiling():
    assert tax.company_ceiling() == D("20000")
    assert tax.company_ceiling(D("0")) == D("20000")
    assert tax.company_ceiling(D("10000000")) == D("50000.000")


@pytest.mark.django_db
def test_a_taxable_income_of_zero_carries_the_whole_gift_over_on_the_page(client):
    SupportSettingsFactory()

    html = client.get(
        "/en/support-us/?donor=individual&amount=100&taxable_income=0"
    ).content.decode()

    assert "Your gift of €100 costs you €100 after a tax reduction of €0." in html
    assert "€100 of the gift is above this year's ceiling" in html


@given(amount=euros, income=st.none() | euros)
def test_an_individual_never_gets_back_more_than_66_percent_nor_counts_beyond_the_gift(
    amount, income
):
    cost = tax.individual_gift_cost(amount, income)

    assert D("0") <= cost.counted <= amount
    assert cost.reduction <= amount * D("0.66") + D("0.005")
    assert cost.reduction + cost.cost == amount
    if income is not None:
        assert cost.counted <= income * D("0.2") + D("0.005")


@given(amount=euros, more=euros, turnover=st.none() | euros)
def test_giving_more_never_costs_a_company_less(amount, more, turnover):
    assert (
        tax.company_gift_cost(amount + more, turnover).cost
        >= tax.company_gift_cost(amount, turnover).cost
    )

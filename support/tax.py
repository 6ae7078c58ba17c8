"""What a gift to the association really costs after the French tax reduction (#17).

The rules in force for gifts made in RULES_YEAR, from the French tax code:

- individuals (article 200 CGI): 66 % of the gift, within 20 % of taxable income;
- companies (article 238 bis CGI): 60 % of the gift up to 2 million euros and 40 % above,
  within 20,000 euros or 5 ‰ (0.5 %) of turnover excluding tax, whichever is larger.

What goes beyond a ceiling is carried over to the next five years. Check the rules each
January against the sources below, then update RULES_YEAR.
"""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

RULES_YEAR = 2026
INDIVIDUAL_RULE_URL = "https://www.service-public.fr/particuliers/vosdroits/F426"
COMPANY_RULE_URL = "https://entreprendre.service-public.fr/vosdroits/F22238"

INDIVIDUAL_RATE = Decimal("0.66")
INDIVIDUAL_INCOME_SHARE = Decimal("0.20")
COMPANY_RATE = Decimal("0.60")
COMPANY_REDUCED_RATE = Decimal("0.40")
COMPANY_REDUCED_RATE_ABOVE = Decimal("2000000")
COMPANY_FLAT_CEILING = Decimal("20000")
COMPANY_TURNOVER_SHARE = Decimal("0.005")

CENT = Decimal("0.01")


@dataclass(frozen=True)
class GiftCost:
    amount: Decimal
    reduction: Decimal
    # The part of the gift counted this year; the rest is carried over to the next five.
    counted: Decimal
    # The rate the carried-over part earns in the later years, within their own ceilings.
    later_rate: Decimal

    @property
    def cost(self):
        return self.amount - self.reduction

    @property
    def carried_over(self):
        return self.amount - self.counted

    @property
    def later_reduction(self):
        """What the carried-over part may still take off the tax of the next five years, if
        their ceilings leave room for it (#26)."""
        return _cents(self.carried_over * self.later_rate)


def _cents(value):
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def individual_gift_cost(amount, taxable_income=None):
    """`taxable_income` None: the ceiling is taken as not reached."""
    counted = amount
    if taxable_income is not None:
        counted = min(amount, taxable_income * INDIVIDUAL_INCOME_SHARE)
    return GiftCost(amount, _cents(counted * INDIVIDUAL_RATE), _cents(counted), INDIVIDUAL_RATE)


def company_ceiling(turnover=None):
    if turnover is None:
        return COMPANY_FLAT_CEILING
    return max(COMPANY_FLAT_CEILING, turnover * COMPANY_TURNOVER_SHARE)


def company_gift_cost(amount, turnover=None):
    """`turnover` None: the 20,000 euro ceiling, the one every company has at least."""
    counted = min(amount, company_ceiling(turnover))
    full_rate_part = min(counted, COMPANY_REDUCED_RATE_ABOVE)
    reduction = full_rate_part * COMPANY_RATE + (counted - full_rate_part) * COMPANY_REDUCED_RATE
    # A carried-over part is counted again later under the same ceiling, which stays far
    # below 2 million euros for any company whose gift is carried over: the full rate.
    return GiftCost(amount, _cents(reduction), _cents(counted), COMPANY_RATE)

import re
from decimal import Decimal, InvalidOperation

from django import forms
from django.core.exceptions import ValidationError
from django.utils import formats
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

# Spaces people type or paste between thousands: plain, no-break and narrow no-break.
SPACES = re.compile(r"[\s\u00a0\u202f]")
PLAIN_AMOUNT = re.compile(r"\d{1,12}(\.\d{1,2})?")
LARGEST_AMOUNT = Decimal("1000000000000")


def parse_amount(text, language):
    """An amount typed as people write it ("1 234,50" in French, "1,234.50" in English),
    with or without the euro sign; None when it is not one.

    The language decides only what one mark before three digits means ("1,234" is a
    thousand in English, "1.234" in French); a link switching the page's language keeps
    the amount typed in the other one readable.
    """
    text = SPACES.sub("", text).replace("€", "").replace("EUR", "")
    commas, points = text.count(","), text.count(".")
    if commas and points:
        # Both marks: the last one separates the cents.
        decimal = "," if text.rfind(",") > text.rfind(".") else "."
    elif commas or points:
        mark = "," if commas else "."
        digits_after = len(text) - text.rfind(mark) - 1
        grouping_mark = "," if language == "en" else "."
        is_grouping = commas + points > 1 or (digits_after == 3 and mark == grouping_mark)
        decimal = None if is_grouping else mark
    else:
        decimal = None
    for mark in {",", "."} - {decimal}:
        text = text.replace(mark, "")
    if decimal:
        text = text.replace(decimal, ".")
    if not PLAIN_AMOUNT.fullmatch(text):
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def format_amount(value):
    """An amount in euros written the way the page's language writes numbers."""
    places = 0 if value == value.to_integral_value() else 2
    number = formats.number_format(value, places, use_l10n=True, force_grouping=True)
    return f"€{number}" if get_language() == "en" else f"{number}\u00a0€"


class AmountField(forms.CharField):
    default_error_messages = {
        "invalid": _("Write an amount in euros, such as %(example)s."),
    }

    def __init__(self, **kwargs):
        # No max_length validator: it would measure the Decimal; parse_amount bounds it.
        kwargs.setdefault(
            "widget", forms.TextInput(attrs={"inputmode": "decimal", "maxlength": "30"})
        )
        super().__init__(**kwargs)

    def to_python(self, value):
        text = super().to_python(value)
        if text in self.empty_values:
            return None
        amount = parse_amount(text, get_language())
        if amount is None or amount > LARGEST_AMOUNT:
            raise ValidationError(
                self.error_messages["invalid"],
                code="invalid",
                params={"example": format_amount(Decimal("1250.50"))},
            )
        return amount


class GiftCostForm(forms.Form):
    """ "What a gift really costs": answered by a GET, so it works without JavaScript and its
    answer is cached like any page."""

    INDIVIDUAL = "individual"
    COMPANY = "company"

    donor = forms.ChoiceField(
        label=_("I give as"),
        choices=[(INDIVIDUAL, _("an individual")), (COMPANY, _("a company"))],
        initial=INDIVIDUAL,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose whether you give as an individual or a company.")},
    )
    amount = AmountField(
        label=_("Amount of the gift"),
        error_messages={"required": _("Enter the amount of your gift.")},
    )
    taxable_income = AmountField(
        label=_("Yearly taxable income (individuals, optional)"),
        required=False,
        help_text=_("Gives the ceiling: 20 percent of this income."),
    )
    turnover = AmountField(
        label=_("Turnover excluding tax (companies, optional)"),
        required=False,
        help_text=_("Gives the ceiling: 20,000 € or 0.5 percent of turnover, whichever is larger."),
    )

    def clean_amount(self):
        amount = self.cleaned_data["amount"]
        if amount is not None and amount <= 0:
            raise ValidationError(_("Enter an amount above 0 €."), code="zero")
        return amount

from django.shortcuts import render

from core.pagecache import cache_query_params
from support import tax
from support.forms import GiftCostForm, format_amount
from support.models import SupportSettings


def gift_cost(form):
    """The calculator's answer to a valid form, its amounts written for the page."""
    data = form.cleaned_data
    if data["donor"] == GiftCostForm.COMPANY:
        cost = tax.company_gift_cost(data["amount"], data["turnover"])
    else:
        cost = tax.individual_gift_cost(data["amount"], data["taxable_income"])
    return {
        "amount": format_amount(cost.amount),
        "reduction": format_amount(cost.reduction),
        "cost": format_amount(cost.cost),
        "carried_over": format_amount(cost.carried_over) if cost.carried_over else "",
        "later_reduction": format_amount(cost.later_reduction),
        "is_company": data["donor"] == GiftCostForm.COMPANY,
    }


def membership_fee(settings):
    if settings is None or not settings.is_confirmed or settings.membership_fee is None:
        return ""
    return format_amount(settings.membership_fee)


@cache_query_params(*GiftCostForm.base_fields)
def support(request):
    settings = SupportSettings.objects.current()
    form = answer = None
    if settings is not None and settings.shows_tax_reduction:
        # The page depends on its query string alone, so the page cache keeps each answer.
        form = GiftCostForm(request.GET if "amount" in request.GET else None)
        if form.is_bound and form.is_valid():
            answer = gift_cost(form)
    context = {
        "support": settings,
        "object": settings,
        "form": form,
        "answer": answer,
        "membership_fee": membership_fee(settings),
        "rules_year": tax.RULES_YEAR,
        "individual_rule_url": tax.INDIVIDUAL_RULE_URL,
        "company_rule_url": tax.COMPANY_RULE_URL,
    }
    return render(request, "support/support.html", context)

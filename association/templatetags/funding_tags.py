from django import template

register = template.Library()


@register.inclusion_tag("includes/funding_attribution.html")
def funding_attribution(programmes, when):
    """The funders' wordings and logos owed by a record of `programmes` dated `when` (a date,
    or a year as an int) that falls inside their grants (#16).

    `programmes` is a programme or its records' `programmes.all`; prefetch
    `Funding.prefetch_for("programmes")` on the records' QuerySet so a list makes no query
    per record: `{% funding_attribution post.programmes.all post.published_on %}`.
    """
    if hasattr(programmes, "fundings"):
        programmes = [programmes]
    fundings = []
    seen = set()
    for programme in programmes:
        for funding in programme.fundings.all():
            key = (funding.partner_id, funding.wording)
            if key not in seen and funding.covers(when):
                seen.add(key)
                fundings.append(funding)
    return {"fundings": fundings}

"""WordPress categories and tags matched to the site's programmes (#24)."""

from django.utils.text import slugify

from association.models import Programme

# WordPress's default category says nothing about a programme.
DEFAULT_CATEGORIES = {"uncategorized", "non-classe", "sans-categorie"}


class ProgrammeMatcher:
    """By a mapping file (term slug or name → programme acronym or slug, "" to ignore the
    term) first, then by the name, acronym or slug a term shares with a programme."""

    def __init__(self, mapping, report):
        self.mapping = {key.lower(): value for key, value in (mapping or {}).items()}
        self.report = report
        self.programmes = {}
        for programme in Programme.objects.all():
            names = (
                programme.acronym,
                programme.slug_fr,
                programme.slug_en,
                programme.name_fr,
                programme.name_en,
            )
            for value in names:
                if value:
                    self.programmes.setdefault(slugify(value), programme)

    def of(self, item):
        """The programmes of the item's categories and tags; the others are reported."""
        found = set()
        for term in item.terms_of("category") + item.terms_of("post_tag"):
            if term.slug in DEFAULT_CATEGORIES:
                continue
            mapped = self.mapping.get(term.slug.lower())
            if mapped is None:
                mapped = self.mapping.get(term.name.lower())
            if mapped == "":
                continue
            candidates = [mapped] if mapped else [term.slug, term.name]
            programme = next(
                (
                    self.programmes[key]
                    for key in map(slugify, candidates)
                    if key in self.programmes
                ),
                None,
            )
            if programme is None:
                self.report.note("unknown_term", f"{term.name} ({term.slug})")
            else:
                found.add(programme)
        return found

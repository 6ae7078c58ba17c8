"""The addresses a page cannot take, read from the URL configuration itself (#23).

A page at the top of the tree lives at `/<lang>/<slug>/`, beside the site's fixed sections
(`/fr/actualites/`, `/en/news/`…) and below the unprefixed addresses (`/admin/`,
`/sitemap.xml`). Its slug must be none of their first segments, in the language it is
written in, whatever sections are added later: so the list is derived, not written down.
"""

import functools
import re

from django.conf import settings
from django.urls import URLResolver, get_resolver
from django.urls.resolvers import LocalePrefixPattern, RegexPattern
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

# A regex route's literal start: `^media/(?P<path>.*)$` → "media".
LITERAL_START = re.compile(r"^\^?([-\w.]+)")


def first_segment(pattern):
    """The literal first segment of a route, or "" when it starts with a parameter."""
    if isinstance(pattern, RegexPattern):
        match = LITERAL_START.match(pattern._regex)
        return match.group(1) if match else ""
    route = str(pattern)
    if route.startswith("<"):
        return ""
    return route.split("/")[0].split("<")[0]


def segments(patterns):
    found = set()
    for entry in patterns:
        if isinstance(entry, URLResolver) and isinstance(entry.pattern, LocalePrefixPattern):
            continue
        segment = first_segment(entry.pattern)
        if segment:
            found.add(segment)
        elif isinstance(entry, URLResolver) and str(entry.pattern) == "":
            # An include without a prefix (association's programmes, partners…).
            found |= segments(entry.url_patterns)
    return found


@functools.cache
def _reserved(language):
    resolver = get_resolver()
    reserved = {code for code, _name in settings.LANGUAGES}
    # The unprefixed addresses (admin, healthz, sitemap.xml, media…).
    reserved |= segments(resolver.url_patterns)
    with translation.override(language):
        for entry in resolver.url_patterns:
            if isinstance(entry, URLResolver) and isinstance(entry.pattern, LocalePrefixPattern):
                reserved |= segments(entry.url_patterns)
    return frozenset(reserved)


def reserved_slugs(language):
    """The slugs a top-level page may not take in `language`."""
    return _reserved(language)


# The sections a menu entry may lead to, by URL name.
SECTION_CHOICES = [
    ("home", _("Home")),
    ("timeline:history", _("Our history")),
    ("association:programme_list", _("Programmes")),
    ("workshops:list", _("Workshops")),
    ("association:partners", _("Partners")),
    ("documents:list", _("Documents")),
    ("offers:list", pgettext_lazy("main menu", "Opportunities")),
    ("news:list", _("News")),
    ("events:list", _("Agenda")),
    ("support:support", _("Support us")),
    ("newsletter:subscribe", _("Newsletter")),
    ("contact:contact", _("Contact")),
    ("search:results", _("Search")),
    ("association:privacy", _("Privacy notice")),
    ("association:legal", _("Legal notice")),
    ("association:accessibility", _("Accessibility statement")),
]

"""The sections of the main menu, for every page (#15): one list, grouped as the desktop
row shows them. A section that may be empty names what it lists (`content`): its entry is
hidden until there is something to show (#26)."""

from django.db.models import CharField, Value
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from association.models import Partner
from documents.models import Document
from events.models import Event
from news.models import NewsPost
from offers.models import Offer
from workshops.models import Workshop

NAVIGATION = [
    {
        "label": pgettext_lazy("main menu group", "The association"),
        "children": [
            {"label": _("Our history"), "url": "timeline:history"},
            {"label": _("Programmes"), "url": "association:programme_list"},
            {
                "label": _("Workshops"),
                "url": "workshops:list",
                "content": lambda: Workshop.objects.published(),
            },
            {
                "label": _("Partners"),
                "url": "association:partners",
                "content": lambda: Partner.objects.all(),
            },
            {
                "label": _("Documents"),
                "url": "documents:list",
                "content": lambda: Document.objects.published(),
            },
            {
                "label": pgettext_lazy("main menu", "Opportunities"),
                "url": "offers:list",
                "content": lambda: Offer.objects.published(),
            },
        ],
    },
    {"label": _("News"), "url": "news:list", "content": lambda: NewsPost.objects.published()},
    {"label": _("Agenda"), "url": "events:list", "content": lambda: Event.objects.published()},
    {"label": _("Support us"), "url": "support:support"},
    {"label": _("Contact"), "url": "contact:contact"},
]


def current_state(url, path):
    """aria-current: "page" on the page itself, "true" on the section a page belongs to."""
    if path == url:
        return "page"
    if path.startswith(url):
        return "true"
    return ""


def link(entry, path):
    url = reverse(entry["url"])
    return {"label": entry["label"], "url": url, "current": current_state(url, path)}


def _entries():
    for entry in NAVIGATION:
        yield entry
        yield from entry.get("children", [])


def sections_with_content():
    """The URL names of the sections with something to show, in one query: the union of one
    row per kind of content that has any."""
    checks = [
        entry["content"]()
        .order_by()
        .annotate(section=Value(entry["url"], output_field=CharField()))
        .values_list("section", flat=True)
        for entry in _entries()
        if "content" in entry
    ]
    return set(checks[0].union(*checks[1:]))


def main_navigation(path):
    """The menu of the page at `path`: sections, groups holding their links, the current
    one marked; sections with nothing to show are left out, and a group left empty too."""
    shown = sections_with_content()
    sections = []
    for entry in NAVIGATION:
        if "content" in entry and entry["url"] not in shown:
            continue
        if "children" in entry:
            children = [
                link(child, path)
                for child in entry["children"]
                if "content" not in child or child["url"] in shown
            ]
            if not children:
                continue
            sections.append(
                {
                    "label": entry["label"],
                    "children": children,
                    "current": any(child["current"] for child in children),
                }
            )
        else:
            sections.append(link(entry, path))
    return sections

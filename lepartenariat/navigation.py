"""The sections of the main menu, for every page (#15): one list, grouped as the desktop
row shows them."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

NAVIGATION = [
    {
        "label": pgettext_lazy("main menu group", "The association"),
        "children": [
            {"label": _("Our history"), "url": "timeline:history"},
            {"label": _("Programmes"), "url": "association:programme_list"},
            {"label": _("Workshops"), "url": "workshops:list"},
            {"label": _("Partners"), "url": "association:partners"},
            {"label": _("Documents"), "url": "documents:list"},
            {"label": pgettext_lazy("main menu", "Opportunities"), "url": "offers:list"},
        ],
    },
    {"label": _("News"), "url": "news:list"},
    {"label": _("Agenda"), "url": "events:list"},
    {"label": _("Support us"), "url": "support:support"},
    {"label": _("Contact"), "url": "contact:contact"},
]


def url_names():
    """The URL name of every page the menu leads to, in menu order."""
    names = []
    for entry in NAVIGATION:
        names += [child["url"] for child in entry.get("children", [entry])]
    return names


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


def main_navigation(path):
    """The menu of the page at `path`: sections, groups holding their links, the current
    one marked."""
    sections = []
    for entry in NAVIGATION:
        if "children" in entry:
            children = [link(child, path) for child in entry["children"]]
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

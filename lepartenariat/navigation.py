"""The sections of the main menu, for every page (#15).

Each entry names the URL names that may serve it, the first that reverses wins: a section
whose app is not installed reverses none of them and stays out of the menu, without breaking
any page (news, agenda, documents, partners, support and offers were built in parallel).
"""

from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

NAVIGATION = [
    {
        "label": pgettext_lazy("main menu group", "The association"),
        "children": [
            {"label": _("Our history"), "urls": ["timeline:history"]},
            {"label": _("Programmes"), "urls": ["association:programme_list"]},
            {"label": _("Workshops"), "urls": ["workshops:list"]},
            {"label": _("Partners"), "urls": ["association:partners"]},
            {"label": _("Documents"), "urls": ["documents:list"]},
            {"label": pgettext_lazy("main menu", "Opportunities"), "urls": ["offers:list"]},
        ],
    },
    {"label": _("News"), "urls": ["news:list"]},
    {"label": _("Agenda"), "urls": ["events:list"]},
    {"label": _("Support us"), "urls": ["support:support"]},
    {"label": _("Contact"), "urls": ["contact:contact"]},
]


def first_reversing(names):
    for name in names:
        try:
            return reverse(name)
        except NoReverseMatch:
            continue
    return None


def current_state(url, path):
    """aria-current: "page" on the page itself, "true" on the section a page belongs to."""
    if path == url:
        return "page"
    if path.startswith(url):
        return "true"
    return ""


def link(entry, path):
    url = first_reversing(entry["urls"])
    if url is None:
        return None
    return {"label": entry["label"], "url": url, "current": current_state(url, path)}


def main_navigation(path):
    """The menu of the page at `path`: sections, groups holding their links, the current
    one marked."""
    sections = []
    for entry in NAVIGATION:
        if "children" in entry:
            children = [item for item in (link(c, path) for c in entry["children"]) if item]
            if children:
                sections.append(
                    {
                        "label": entry["label"],
                        "children": children,
                        "current": any(child["current"] for child in children),
                    }
                )
        else:
            item = link(entry, path)
            if item:
                sections.append(item)
    return sections

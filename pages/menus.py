"""The main menu and the footer links, as staff set them in the admin (#23).

The links are computed once per content version and language (core.pagecache), so a
saved entry, page or section replaces them everywhere at once; only which one is current
is worked out per page, from the address.
"""

import functools

from django.db.models import Prefetch
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from core.pagecache import content_cached, prepared_after_saves
from pages.models import Menu, MenuEntry

# The main menu before staff change it (#15), and what the seed creates: sections by URL
# name, one group of sub-entries.
DEFAULT_MAIN_MENU = [
    {
        "key": "association",
        "label_fr": "L’association",
        "label_en": "The association",
        "children": [
            {"key": "history", "section": "timeline:history"},
            {"key": "programmes", "section": "association:programme_list"},
            {"key": "workshops", "section": "workshops:list"},
            {"key": "partners", "section": "association:partners"},
            {"key": "documents", "section": "documents:list"},
            {"key": "offers", "section": "offers:list"},
        ],
    },
    {"key": "news", "section": "news:list"},
    {"key": "events", "section": "events:list"},
    {"key": "support", "section": "support:support"},
    {"key": "contact", "section": "contact:contact"},
]
# The group's label, for the menu shown while no entry is saved.
DEFAULT_GROUP_LABEL = pgettext_lazy("main menu group", "The association")
SECTION_LABELS = {
    "timeline:history": _("Our history"),
    "association:programme_list": _("Programmes"),
    "workshops:list": _("Workshops"),
    "association:partners": _("Partners"),
    "documents:list": _("Documents"),
    "offers:list": pgettext_lazy("main menu", "Opportunities"),
    "news:list": _("News"),
    "events:list": _("Agenda"),
    "support:support": _("Support us"),
    "contact:contact": _("Contact"),
}


def entry_link(entry):
    """{label, url} of a saved entry, or None for one leading to a page the public cannot
    see."""
    if entry.page_id is not None and not entry.page.is_live():
        return None
    return {"label": str(entry.display_label()), "url": entry.target_url()}


def saved_links(menu):
    entries = (
        MenuEntry.objects.of(menu)
        .filter(parent=None)
        .select_related("page")
        .prefetch_related(
            Prefetch(
                "children",
                queryset=MenuEntry.objects.filter(is_published=True)
                .select_related("page")
                .order_by("order", "pk"),
            )
        )
    )
    links = []
    for entry in entries:
        children = [entry_link(child) for child in entry.children.all()]
        children = [child for child in children if child]
        if children:
            links.append({"label": str(entry.display_label()), "children": children})
        elif not entry.target_url():
            # A group whose sub-entries are all hidden.
            continue
        else:
            link = entry_link(entry)
            if link:
                links.append(link)
    return links


def default_links():
    links = []
    for item in DEFAULT_MAIN_MENU:
        if "children" in item:
            children = [
                {"label": str(SECTION_LABELS[child["section"]]), "url": reverse(child["section"])}
                for child in item["children"]
            ]
            links.append({"label": str(DEFAULT_GROUP_LABEL), "children": children})
        else:
            links.append(
                {"label": str(SECTION_LABELS[item["section"]]), "url": reverse(item["section"])}
            )
    return links


def has_saved_entries(menu):
    return MenuEntry.objects.filter(menu=menu).exists()


def links_of(menu):
    """The links of `menu` in the active language; for the main menu with no entry saved,
    the default one."""
    if menu == Menu.MAIN and not has_saved_entries(menu):
        return default_links()
    return saved_links(menu)


def menu_links(request, menu):
    """The links of `menu` in the page's language, read from the content cache."""
    return content_cached(request, ["menu", menu], lambda: links_of(menu))


# Computed by whoever saves, so that the first page after a save does not (#21).
for _menu in Menu:
    prepared_after_saves(["menu", _menu], functools.partial(links_of, _menu))

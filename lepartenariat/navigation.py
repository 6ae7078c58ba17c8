"""The main menu of every page, as staff set it (pages.menus, #23), the current entry
marked (#15). A section that may be empty names what it lists: its entry is hidden until
there is something to show (#26)."""

from django.db.models import CharField, Value
from django.urls import reverse
from django.utils import timezone

from association.models import Partner
from core.pagecache import cached_next_change, content_cached, next_change, prepared_after_saves
from documents.models import Document
from events.models import Event
from news.models import NewsPost
from offers.models import Offer
from pages.menus import SECTION_LABELS, menu_links
from pages.models import Menu
from workshops.models import Workshop

# What each section that may be empty lists, by URL name.
SECTION_CONTENT = {
    "workshops:list": lambda: Workshop.objects.published(),
    "association:partners": lambda: Partner.objects.all(),
    "documents:list": lambda: Document.objects.published(),
    "offers:list": lambda: Offer.objects.published(),
    "news:list": lambda: NewsPost.objects.published(),
    "events:list": lambda: Event.objects.published(),
}


def url_names():
    """The URL name of every section a menu entry may lead to, whether staff put it in the
    menu or not: the sitemap lists them all."""
    return list(SECTION_LABELS)


def sections_with_content():
    """The URL names of the sections with something to show, in one query: the union of one
    row per kind of content that has any."""
    checks = [
        content()
        .order_by()
        .annotate(section=Value(name, output_field=CharField()))
        .values_list("section", flat=True)
        for name, content in SECTION_CONTENT.items()
    ]
    return set(checks[0].union(*checks[1:]))


EMPTY_SECTIONS = ["empty-sections"]


def empty_section_paths():
    shown = sections_with_content()
    return {reverse(name) for name in SECTION_CONTENT if name not in shown}


def hidden_paths(request):
    """The addresses of the sections with nothing to show, looked up once per content
    version, by whoever saved, and again when content next changes by the clock (a post's
    publication date): stored with that moment, read from the page cache's own lookup."""
    now = timezone.now()
    until = cached_next_change(request, now)
    empty, _until = content_cached(
        request,
        EMPTY_SECTIONS,
        lambda: (empty_section_paths(), until),
        holds=lambda value: value[1] is None or value[1] > now,
    )
    return empty


prepared_after_saves(EMPTY_SECTIONS, lambda: (empty_section_paths(), next_change(timezone.now())))


def current_state(url, path):
    """aria-current: "page" on the page itself, "true" on the section a page belongs to."""
    if path == url:
        return "page"
    # The home page is the start of every address, not a section of each.
    if path.startswith(url) and url.count("/") > 2:
        return "true"
    return ""


def marked(link, path):
    return {**link, "current": current_state(link["url"], path)}


def main_navigation(request):
    """The menu of the page at `request.path`: entries, groups holding their links, the
    current one marked; entries to sections with nothing to show are left out, and a group
    left empty too."""
    hidden = hidden_paths(request)
    sections = []
    for link in menu_links(request, Menu.MAIN):
        if "children" in link:
            children = [
                marked(child, request.path)
                for child in link["children"]
                if child["url"] not in hidden
            ]
            if not children:
                continue
            sections.append(
                {
                    "label": link["label"],
                    "children": children,
                    "current": any(child["current"] for child in children),
                }
            )
        elif link["url"] not in hidden:
            sections.append(marked(link, request.path))
    return sections

"""The main menu of every page, as staff set it (pages.menus, #23), the current entry
marked (#15)."""

from pages.menus import SECTION_LABELS, menu_links
from pages.models import Menu


def url_names():
    """The URL name of every section a menu entry may lead to, whether staff put it in the
    menu or not: the sitemap lists them all."""
    return list(SECTION_LABELS)


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
    current one marked."""
    sections = []
    for link in menu_links(request, Menu.MAIN):
        if "children" in link:
            children = [marked(child, request.path) for child in link["children"]]
            sections.append(
                {
                    "label": link["label"],
                    "children": children,
                    "current": any(child["current"] for child in children),
                }
            )
        else:
            sections.append(marked(link, request.path))
    return sections

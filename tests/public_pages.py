"""The public pages: one registry feeds every per-page test (#14).

The pages are those the sitemap lists (so a new kind of content joins every per-page test by
declaring its model) and the few a visitor reaches that the sitemap leaves out on purpose.
"""

import re
import xml.etree.ElementTree as ElementTree
from urllib.parse import urlsplit

SITEMAP_NAMESPACE = {"sitemap": "http://www.sitemaps.org/schemas/sitemap/0.9"}
# Search results are kept out of the sitemap for crawlers, but visitors read them.
SEARCH_PATHS = ["/fr/recherche/?q=eau", "/en/search/?q=water"]
# The newsletter sign-up has nothing for search engines, but visitors reach it (#17).
NEWSLETTER_PATHS = ["/fr/lettre/", "/en/newsletter/"]
# The translated "not found" page is public too: a visitor meets it on a mistyped address.
NOT_FOUND_PATHS = ["/fr/page-qui-n-existe-pas/", "/en/page-that-does-not-exist/"]
# The documents list with its filters, which plain links set (#16).
FILTERED_PATHS = [
    "/fr/documents/?kind=activity-report",
    "/en/documents/?kind=activity-report&year=2020",
]
# A document's address leads to its PDF (#16): the sitemap lists it, but it is no HTML page.
FILE_ADDRESS = re.compile(r"^/(fr|en)/documents/[^/]+/$")
# Not pages for people, but public all the same.
TECHNICAL_PATHS = ["/healthz", "/robots.txt", "/sitemap.xml"]


def paths_in_sitemap(xml):
    root = ElementTree.fromstring(xml)
    locations = [loc.text for loc in root.iterfind("sitemap:url/sitemap:loc", SITEMAP_NAMESPACE)]
    paths = [urlsplit(location).path for location in locations]
    return [path for path in paths if not FILE_ADDRESS.match(path)]


def sitemap_paths(client):
    return paths_in_sitemap(client.get("/sitemap.xml").content)


def public_paths(client):
    """Every page of the current content that answers 200 to a visitor."""
    return [*sitemap_paths(client), *SEARCH_PATHS, *FILTERED_PATHS, *NEWSLETTER_PATHS]

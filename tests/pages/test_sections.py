"""A page shows every kind of section, in a fixed number of queries (#23)."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from pages.models import Kind, Page
from tests.factories import SectionFactory, StaffPageFactory
from tests.pages.samples import VIDEO, every_kind

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def render_every_time(settings):
    # The queries of the page itself are counted, not those of its cached copy.
    settings.PAGE_CACHE_SECONDS = 0


def test_each_kind_of_section_shows_what_staff_wrote(client):
    target = StaffPageFactory(slug_fr="projet")
    page = StaffPageFactory(slug_fr="mangrove")
    every_kind(page, target)

    html = client.get("/fr/mangrove/").content.decode()

    assert re.findall(r"<h2 id=\"section-\d+\">([^<]+)</h2>", html) == [
        "En bref",
        "Contexte",
        "Résultats",
        "À lire",
        "La mangrove en images",
        "Nous aider",
        "Méthodologie",
    ]
    assert "<dt>Durée</dt><dd>2012–2022</dd>" in html
    assert '<strong class="figure-value">124</strong>' in html
    assert "Rapport 2019" in html
    assert '<a class="button" href="/fr/projet/">Découvrir le projet</a>' in html
    assert '<a class="button" href="/fr/nous-soutenir/">Donner</a>' in html
    assert "<figcaption>Aminata Diop, directrice d’école</figcaption>" in html


def test_a_video_loads_nothing_from_its_host_until_played(client):
    page = StaffPageFactory(slug_fr="mangrove")
    SectionFactory(page=page, kind=Kind.VIDEO, video_url=VIDEO, heading_fr="La mangrove")

    response = client.get("/fr/mangrove/")
    html = response.content.decode()

    assert "<iframe" not in html
    assert 'data-embed="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"' in html
    assert (
        '<a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ">Voir la vidéo sur YouTube</a>'
        in (html)
    )
    assert "frame-src https://www.youtube-nocookie.com" in response["Content-Security-Policy"]


def test_a_page_without_video_allows_no_frame_nor_script(client):
    SectionFactory(page=StaffPageFactory(slug_fr="texte"))

    response = client.get("/fr/texte/")

    assert "frame-src" not in response["Content-Security-Policy"]
    assert "<script" not in response.content.decode()


@pytest.mark.parametrize(
    ("address", "player"),
    [
        ("https://youtu.be/dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"),
        ("https://vimeo.com/76979871", "https://player.vimeo.com/video/76979871"),
        (
            "https://www.dailymotion.com/video/x8abc12",
            "https://www.dailymotion.com/embed/video/x8abc12",
        ),
        (
            "https://peertube.example.org/w/kkGMgK9ZtnKfYAgnEtQxbv",
            "https://peertube.example.org/videos/embed/kkGMgK9ZtnKfYAgnEtQxbv",
        ),
    ],
)
def test_each_video_host_gets_its_own_player(address, player):
    section = SectionFactory.build(kind=Kind.VIDEO, video_url=address)

    assert section.player().embed_url.startswith(player)


def level(parents, count, depth):
    """`count` published pages in bulk, spread under `parents` (at the top without)."""
    pages = []
    for number in range(count):
        parent = parents[number % len(parents)] if parents else None
        slug = f"n{depth}-{number}"
        prefix = f"{parent.path_fr}/" if parent else ""
        pages.append(
            Page(
                parent=parent,
                title_fr=slug,
                title_en=slug,
                slug_fr=slug,
                slug_en=slug,
                path=f"{prefix}{slug}",
                path_fr=f"{prefix}{slug}",
                path_en=f"{prefix}{slug}",
                introduction_fr="Introduction.",
                introduction_en="Introduction.",
                updated_at=timezone.now(),
            )
        )
    return Page.objects.bulk_create(pages)


def page_queries(client, path):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)


def test_a_page_three_levels_down_costs_the_same_queries_among_1000_pages(client):
    top = level([], 10, 1)
    middle = level(top, 10, 2)
    leaf = level(middle, 1, 3)[0]
    SectionFactory(page=leaf)
    few = page_queries(client, f"/fr/{leaf.path_fr}/")

    level(middle, 1000 - 21, "3x")
    every_kind(leaf, top[3])
    many = page_queries(client, f"/fr/{leaf.path_fr}/")

    assert Page.objects.count() == 1000
    assert leaf.path_fr == "n1-0/n2-0/n3-0"
    assert leaf.sections.count() == 11
    assert many == few

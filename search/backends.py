"""Site search over programmes, history events, places and workshops, in the page's language.

`search_site()` is the one entry point. It picks the backend from the database vendor:
PostgreSQL full-text search (stemming dictionaries, unaccent, ranking, ts_headline) in
production, and a simpler case- and accent-insensitive matcher on SQLite, where a newcomer
runs the site. Both return the same `SearchResult`s, ordered the same way: records whose
title holds the whole query first, then by weighted relevance (title > summary > text).

Each kind of record costs one SQL query, so the page makes a fixed number of queries.
"""

import html
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.contrib.postgres.search import (
    SearchHeadline,
    SearchQuery,
    SearchRank,
    SearchVector,
)
from django.db import connection
from django.db.models import BooleanField, Case, F, Func, Q, TextField, Value, When
from django.db.models.functions import Cast, Coalesce, Concat
from django.urls import reverse
from django.utils.functional import Promise
from django.utils.translation import pgettext_lazy

from association.models import Programme
from contact.models import Place
from search import text
from timeline.models import TimelineEvent
from workshops.models import Workshop

# Beyond this, a query is no longer a search for words: the rest is ignored, and said.
MAX_QUERY_LENGTH = 100
RESULTS_PER_KIND = 20
# The SQLite fallback ranks in Python the rows its SQL filter lets through, at most these.
CANDIDATES_PER_KIND = 200
EXCERPT_WORDS = 30

# Accent-insensitive copies of the stemming configurations, created by migration 0001.
TEXT_SEARCH_CONFIGS = {"fr": "french_unaccent", "en": "english_unaccent"}
WEIGHTS = {"A": 1.0, "B": 0.4, "C": 0.2}


@dataclass(frozen=True)
class Source:
    """One kind of record the search covers. `{lang}` in a field name is the page language."""

    kind: str
    label: Promise
    queryset: Any
    title: tuple
    summary: tuple
    body: tuple
    excerpt: tuple
    url: Any
    display_title: Any = str

    def fields(self, names, language):
        return [name.format(lang=language) for name in names]


SOURCES = (
    Source(
        kind="programme",
        label=pgettext_lazy("search result kind", "Programme"),
        queryset=Programme.objects.published,
        title=("acronym", "name_{lang}"),
        summary=("summary_{lang}",),
        body=("body_{lang}",),
        excerpt=("summary_{lang}", "body_{lang}"),
        url=lambda programme: programme.get_absolute_url(),
        display_title=lambda programme: programme.title,
    ),
    Source(
        kind="event",
        label=pgettext_lazy("search result kind", "History"),
        queryset=TimelineEvent.objects.published,
        title=("title_{lang}",),
        summary=("period_label_{lang}", "year"),
        body=("body_{lang}",),
        excerpt=("body_{lang}",),
        url=lambda event: f"{reverse('timeline:history')}#{event.anchor}",
        display_title=lambda event: f"{event.when} – {event.title}",
    ),
    Source(
        kind="place",
        label=pgettext_lazy("search result kind", "Address"),
        queryset=Place.objects.published,
        title=("name_{lang}",),
        summary=("locality", "street_address"),
        body=("description_{lang}",),
        excerpt=("description_{lang}",),
        url=lambda place: f"{reverse('contact:contact')}#place-{place.pk}",
    ),
    # Centre Gaïa workshops, which teachers look for by name (#10).
    Source(
        kind="workshop",
        label=pgettext_lazy("search result kind", "Workshop"),
        queryset=Workshop.objects.published,
        title=("title_{lang}",),
        summary=("summary_{lang}",),
        body=("description_{lang}",),
        excerpt=("summary_{lang}", "description_{lang}"),
        url=lambda workshop: workshop.get_absolute_url(),
    ),
)


@dataclass
class SearchResult:
    kind: str
    label: str
    title: str
    url: str
    excerpt: str
    title_match: bool
    rank: float
    source_order: int = field(repr=False)

    @property
    def sort_key(self):
        return (not self.title_match, -self.rank, self.source_order, self.title)


def search_site(*, query, language):
    """The published records matching `query` in `language`, best first."""
    query = query.strip()[:MAX_QUERY_LENGTH]
    if not query:
        return []
    # Translated columns exist only for the site's languages ("name_fr", "name_en").
    if language not in TEXT_SEARCH_CONFIGS:
        language = settings.LANGUAGE_CODE
    backend = postgres_search if connection.vendor == "postgresql" else simple_search
    results = []
    for order, source in enumerate(SOURCES):
        results.extend(backend(source, order, query, language))
    return sorted(results, key=lambda result: result.sort_key)


def result_for(source, order, obj, *, excerpt, title_match, rank):
    return SearchResult(
        kind=source.kind,
        label=str(source.label),
        title=source.display_title(obj),
        url=source.url(obj),
        excerpt=text.excerpt_html(excerpt),
        title_match=title_match,
        rank=rank,
        source_order=order,
    )


def as_text(names):
    """The fields as one string, separated by spaces, empty ones included."""
    parts = []
    for name in names:
        parts += [
            Coalesce(Cast(name, TextField()), Value(""), output_field=TextField()),
            Value(" ", output_field=TextField()),
        ]
    return Concat(*parts, output_field=TextField())


# PostgreSQL ---------------------------------------------------------------------------


def strip_tags_sql(expression):
    """The text without its tags, so that excerpts never cut through an HTML tag."""
    return Func(
        expression,
        Value(r"<[^>]*>"),
        Value(" "),
        Value("g"),
        function="regexp_replace",
        output_field=TextField(),
    )


def postgres_search(source, order, query, language):
    config = TEXT_SEARCH_CONFIGS.get(language, TEXT_SEARCH_CONFIGS["fr"])
    search_query = SearchQuery(query, search_type="websearch", config=config)
    title = source.fields(source.title, language)
    document = (
        SearchVector(*title, weight="A", config=config)
        + SearchVector(*source.fields(source.summary, language), weight="B", config=config)
        + SearchVector(*source.fields(source.body, language), weight="C", config=config)
    )
    excerpt_source = strip_tags_sql(as_text(source.fields(source.excerpt, language)))
    rows = (
        source.queryset()
        .alias(document=document, title_document=SearchVector(*title, config=config))
        .filter(document=search_query)
        .annotate(
            rank=SearchRank(
                F("document"), search_query, weights=[0.1, WEIGHTS["C"], WEIGHTS["B"], WEIGHTS["A"]]
            ),
            title_match=Case(
                When(title_document=search_query, then=Value(True)),
                default=Value(False),
                output_field=BooleanField(),
            ),
            headline=SearchHeadline(
                excerpt_source,
                search_query,
                config=config,
                start_sel=text.MARK_START,
                stop_sel=text.MARK_END,
                max_words=EXCERPT_WORDS,
                min_words=EXCERPT_WORDS // 2,
            ),
        )
        .order_by("-title_match", "-rank", "pk")[:RESULTS_PER_KIND]
    )
    return [
        result_for(
            source,
            order,
            row,
            # ts_headline copies the stored text, entities included: decode them before
            # escaping everything again.
            excerpt=html.unescape(row.headline),
            title_match=row.title_match,
            rank=row.rank,
        )
        for row in rows
    ]


# SQLite fallback ----------------------------------------------------------------------


class Fold(Func):
    """The `lp_fold` function registered on every SQLite connection (see apps.py)."""

    function = "lp_fold"
    output_field = TextField()


def field_text(obj, name):
    return text.plain_text(str(value)) if (value := getattr(obj, name)) is not None else ""


def simple_search(source, order, query, language):
    terms = text.query_terms(query, language)
    if not terms:
        return []
    groups = dict(zip(WEIGHTS, (source.title, source.summary, source.body), strict=True))
    names = {weight: source.fields(group, language) for weight, group in groups.items()}
    # A coarse substring filter in SQL, then word-by-word matching and ranking in Python.
    haystack = Fold(as_text([name for group in names.values() for name in group]))
    candidates = (
        source.queryset()
        .alias(haystack=haystack)
        .filter(*(Q(haystack__contains=term) for term in terms))
        .order_by("pk")[:CANDIDATES_PER_KIND]
    )
    scored = []
    for obj in candidates:
        words = {
            weight: text.WORD.findall(text.fold(" ".join(field_text(obj, name) for name in group)))
            for weight, group in names.items()
        }
        counts = {
            term: {
                weight: sum(text.term_matches(term, w) for w in found)
                for weight, found in words.items()
            }
            for term in terms
        }
        if not all(any(by_weight.values()) for by_weight in counts.values()):
            continue
        # Like ts_rank: every match counts, weighted by where it is, with diminishing returns.
        rank = sum(
            WEIGHTS[weight] * min(count, 5)
            for by_weight in counts.values()
            for weight, count in by_weight.items()
        )
        title_match = all(by_weight["A"] for by_weight in counts.values())
        scored.append((not title_match, -rank, obj.pk, obj))
    scored.sort(key=lambda row: row[:3])
    return [
        result_for(
            source,
            order,
            obj,
            excerpt=text.highlight(
                " ".join(field_text(obj, name) for name in source.fields(source.excerpt, language)),
                terms,
                max_words=EXCERPT_WORDS,
            ),
            title_match=not title_miss,
            rank=-negative_rank,
        )
        for title_miss, negative_rank, _pk, obj in scored[:RESULTS_PER_KIND]
    ]

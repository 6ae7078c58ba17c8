"""Site search over every kind of content that declares `search` (core.content), in the page's
language.

`search_site()` is the one entry point. It picks the backend from the database vendor:
PostgreSQL full-text search (stemming dictionaries, unaccent, ranking, ts_headline) in
production, and a simpler case- and accent-insensitive matcher on SQLite, where a newcomer
runs the site. Both return the same `SearchResult`s, ordered the same way: records whose
title holds the whole query first, then by weighted relevance (title > summary > text).

Each kind of record costs one SQL query, so the page makes a fixed number of queries.
"""

import functools
import html
import operator
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

from core.content import SearchFields, searchable_models
from search import text

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
    """One kind of record the search covers, as its model declares it (core.content)."""

    kind: str
    model: Any
    spec: SearchFields

    @classmethod
    def for_model(cls, model):
        return cls(kind=model._meta.model_name, model=model, spec=model.search)

    @property
    def label(self):
        return self.spec.label

    def queryset(self):
        if self.spec.queryset is not None:
            return self.spec.queryset()
        return self.model.published_rows()

    def url(self, obj):
        return self.spec.url(obj) if self.spec.url else obj.get_absolute_url()

    def display_title(self, obj):
        return self.spec.display_title(obj) if self.spec.display_title else str(obj)

    def fields(self, names, language):
        return [name.format(lang=language) for name in names]

    @property
    def title(self):
        return self.spec.title

    @property
    def summary(self):
        return self.spec.summary

    @property
    def body(self):
        return self.spec.body

    @property
    def excerpt(self):
        # Without a choice of its own, the excerpt comes from whatever text the kind has.
        return self.spec.excerpt or (*self.spec.summary, *self.spec.body) or self.spec.title

    @property
    def own_language_body(self):
        return self.spec.own_language_body

    def own_config(self, default):
        """The text-search configuration of each row's own language, as an SQL expression."""
        return Case(
            *(
                When(**{self.spec.language_field: code}, then=Value(config))
                for code, config in TEXT_SEARCH_CONFIGS.items()
            ),
            default=Value(default),
            output_field=TextField(),
        )


def sources():
    """Every model that declares `search`, in the order of INSTALLED_APPS."""
    return [Source.for_model(model) for model in searchable_models()]


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
    for order, source in enumerate(sources()):
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
    if not names:
        return Value("", output_field=TextField())
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
    groups = (
        (title, "A"),
        (source.fields(source.summary, language), "B"),
        (source.fields(source.body, language), "C"),
    )
    # A kind may leave a group empty (documents have no body but their PDF's text, #16).
    vectors = [
        SearchVector(*names, weight=weight, config=config) for names, weight in groups if names
    ]
    document = functools.reduce(operator.add, vectors)
    rank_weights = [0.1, WEIGHTS["C"], WEIGHTS["B"], WEIGHTS["A"]]
    excerpt_source = strip_tags_sql(as_text(source.fields(source.excerpt, language)))
    headline_query, headline_config = search_query, config
    rows = source.queryset().alias(
        document=document, title_document=SearchVector(*title, config=config)
    )
    matches = Q(document=search_query)
    rank = SearchRank(F("document"), search_query, weights=rank_weights)
    if source.own_language_body:
        # Text in the row's own language is stemmed, matched and excerpted in it (#16).
        own_config = source.own_config(config)
        own_query = SearchQuery(query, search_type="websearch", config=own_config)
        rows = rows.alias(
            own_document=SearchVector(*source.own_language_body, weight="C", config=own_config)
        )
        matches |= Q(own_document=own_query)
        rank = rank + SearchRank(F("own_document"), own_query, weights=rank_weights)
        headline_query, headline_config = own_query, own_config
    rows = (
        rows.filter(matches)
        .annotate(
            rank=rank,
            title_match=Case(
                When(title_document=search_query, then=Value(True)),
                default=Value(False),
                output_field=BooleanField(),
            ),
            headline=SearchHeadline(
                excerpt_source,
                headline_query,
                config=headline_config,
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
    # Without stemming, text in a record's own language is simply matched like its body.
    body = (*source.body, *source.own_language_body)
    groups = dict(zip(WEIGHTS, (source.title, source.summary, body), strict=True))
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

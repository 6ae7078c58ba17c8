"""`manage.py check` names a kind of content that breaks the contract, and how to mend it (#21).

Each test declares a kind that breaks one rule, in a registry of its own, so that the site's
own models stay untouched."""

import pytest
from django.contrib import admin
from django.core.management import call_command
from django.db import models
from django.test.utils import isolate_apps
from reversion.admin import VersionAdmin

from core import checks
from core.admin import ContentAdmin, VisitorDataAdmin
from core.content import PublicContent, PublicQuerySet, SearchFields, VisitorData
from core.models import (
    PublishedModel,
    PublishedQuerySet,
    ScheduledModel,
    published_field,
)


def ids(errors):
    return [error.id for error in errors]


@pytest.fixture(autouse=True)
def own_registry():
    with isolate_apps("tests.probe"):
        yield


def test_the_site_and_the_probe_break_no_rule(capsys):
    call_command("check")

    assert "no issues" in capsys.readouterr().out


def test_a_kind_whose_manager_has_no_published_rows_is_reported():
    class Flyer(PublicContent):
        class Meta:
            app_label = "probe"

        objects = models.Manager()

    errors = checks.published_rows_rule(Flyer)

    assert ids(errors) == ["content.E001"]
    assert errors[0].hint == (
        "Build its QuerySet on core.content.PublicQuerySet, or on PublishedQuerySet "
        "or ScheduledQuerySet from core.models."
    )


def test_a_published_box_outside_a_published_model_is_reported():
    class Flyer(PublicContent):
        class Meta:
            app_label = "probe"

        is_published = published_field()

    assert ids(checks.published_box_rule(Flyer)) == ["content.E002"]


def test_a_published_model_without_its_box_is_reported():
    class Flyer(PublishedModel):
        class Meta:
            app_label = "probe"

        objects = PublishedQuerySet.as_manager()

    assert ids(checks.published_model_box_rule(Flyer)) == ["content.E003"]


def test_a_published_model_showing_its_hidden_rows_is_reported():
    class Flyer(PublishedModel):
        class Meta:
            app_label = "probe"

        is_published = published_field()
        objects = PublicQuerySet.as_manager()

    assert ids(checks.published_filter_rule(Flyer)) == ["content.E004"]


def test_publication_dates_that_published_rows_ignore_are_reported():
    class Flyer(ScheduledModel):
        class Meta:
            app_label = "probe"

        is_published = published_field()
        objects = PublishedQuerySet.as_manager()

    errors = checks.schedule_rule(Flyer)

    assert ids(errors) == ["content.E005"]
    assert errors[0].msg == "probe.Flyer has publication dates that its published() ignores."


def test_a_sitemap_entry_without_a_page_is_reported():
    class Flyer(PublicContent):
        class Meta:
            app_label = "probe"

        sitemap_changefreq = "monthly"

    class Poster(PublicContent):
        class Meta:
            app_label = "probe"

        sitemap_changefreq = "monthly"

        def get_absolute_url(self):
            return "/posters/"

    assert ids(checks.sitemap_rule(Flyer)) == ["content.E006"]
    assert checks.sitemap_rule(Poster) == []


def test_search_fields_that_do_not_exist_are_reported_in_every_language():
    class Flyer(PublicContent):
        class Meta:
            app_label = "probe"

        title = models.CharField(max_length=20)
        search = SearchFields(label="Flyer", title=("title",), body=("body_{lang}",))

        def get_absolute_url(self):
            return "/flyers/"

    errors = checks.search_fields_rule(Flyer)

    assert ids(errors) == ["content.E007", "content.E007"]
    assert [error.msg for error in errors] == [
        "probe.Flyer's search reads “body_en”, which is not one of its fields.",
        "probe.Flyer's search reads “body_fr”, which is not one of its fields.",
    ]


def test_search_results_without_an_address_are_reported():
    class Flyer(PublicContent):
        class Meta:
            app_label = "probe"

        title = models.CharField(max_length=20)
        search = SearchFields(label="Flyer", title=("title",))

    class Leaflet(PublicContent):
        class Meta:
            app_label = "probe"

        title = models.CharField(max_length=20)
        search = SearchFields(label="Leaflet", title=("title",), url=lambda obj: "/leaflets/")

    assert ids(checks.search_address_rule(Flyer)) == ["content.E008"]
    assert checks.search_address_rule(Leaflet) == []


def test_a_content_admin_that_does_not_inherit_content_admin_is_reported():
    class Flyer(PublicContent):
        class Meta:
            app_label = "probe"

    class FlyerAdmin(admin.ModelAdmin):
        pass

    site = admin.AdminSite()
    errors = checks.content_admin_rule(Flyer, FlyerAdmin(Flyer, site))

    assert ids(errors) == ["content.E009"]
    assert (
        checks.content_admin_rule(Flyer, type("Equipped", (ContentAdmin,), {})(Flyer, site)) == []
    )


def test_a_visitor_data_admin_keeping_a_history_is_reported():
    class Note(VisitorData):
        class Meta:
            app_label = "probe"

    class HistoryAdmin(VisitorDataAdmin, VersionAdmin):
        pass

    site = admin.AdminSite()

    assert ids(checks.visitor_data_admin_rule(Note, admin.ModelAdmin(Note, site))) == [
        "content.E010"
    ]
    assert ids(checks.visitor_data_admin_rule(Note, HistoryAdmin(Note, site))) == ["content.E010"]
    assert checks.visitor_data_admin_rule(Note, VisitorDataAdmin(Note, site)) == []

"""The admin index, organised by job: one place each (#8, #25).

Content (programmes, history, pages…), reception (messages, opening hours, closures,
bookings), the association's settings (the support page, social links), and, for superusers
only, accounts and security (users, groups, second factors, login records).
Models are looked up in the admin's own app list, which already holds only what
the user may see, so a model that another app adds later (contact messages, workshop
bookings) appears as soon as it exists, and never for someone who may not open it.
"""

from dataclasses import dataclass, field

from django.contrib import admin
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from core import launch
from core import translation_status as status
from core.content import (
    CONTENT_DESK,
    RECEPTION_DESK,
    SETTINGS_DESK,
    is_public_content,
    is_visitor_data,
)
from core.pagecache import content_cached, prepared_after_saves
from lepartenariat.admin_views import count_visible_records_to_confirm

ACCOUNTS_DESK = "accounts"


@dataclass
class Entry:
    label: str
    rank: int
    name: str
    admin_url: str
    add_url: str | None
    notes: list = field(default_factory=list)


@dataclass
class Note:
    text: str
    url: str
    is_alert: bool = False


def desk_of(model):
    # Accounts, second factors, login records: not the site's content nor visitors' data.
    if not (is_public_content(model) or is_visitor_data(model)):
        return ACCOUNTS_DESK
    return model.desk


def new_count(model):
    """How many rows wait for staff, for a model whose QuerySet has `new()`."""
    queryset = model._default_manager.all()
    return queryset.new().count() if hasattr(queryset, "new") else None


def _filters_on_status(model):
    model_admin = admin.site._registry.get(model)
    return model_admin is not None and "status" in model_admin.list_filter


def upcoming_count(model):
    """How many rows are still to come, for a model whose QuerySet has `upcoming()`."""
    queryset = model._default_manager.all()
    return queryset.upcoming().count() if hasattr(queryset, "upcoming") else None


def _notes(model, admin_url, summary):
    notes = []
    count = new_count(model)
    if count:
        notes.append(
            Note(
                ngettext("%(count)d new", "%(count)d new", count) % {"count": count},
                f"{admin_url}?status__exact=new" if _filters_on_status(model) else admin_url,
                is_alert=True,
            )
        )
    upcoming = upcoming_count(model)
    if upcoming:
        notes.append(
            Note(
                ngettext("%(count)d upcoming", "%(count)d upcoming", upcoming)
                % {"count": upcoming},
                admin_url,
            )
        )
    queryset = model._default_manager.all()
    if hasattr(queryset, "dashboard_notes"):
        # A kind says itself what else staff should see counted (subscribers, no funder…).
        notes += [
            Note(text, f"{admin_url}{query}", is_alert=is_alert)
            for text, query, is_alert in queryset.dashboard_notes()
        ]
    if summary is not None:
        for code, count in summary.missing.items():
            if count:
                notes.append(
                    Note(
                        _("%(count)d without %(language)s")
                        % {"count": count, "language": code.upper()},
                        f"{admin_url}?translation=missing_{code}",
                        is_alert=True,
                    )
                )
        for code, count in summary.stale.items():
            if count:
                notes.append(
                    Note(
                        _("%(count)d %(language)s to review")
                        % {"count": count, "language": code.upper()},
                        f"{admin_url}?translation=stale_{code}",
                        is_alert=True,
                    )
                )
    return notes


def _in_order(entries):
    # The most used first, as each model declares (`dashboard_rank`); then the admin's order.
    return sorted(entries, key=lambda entry: entry.rank)


SECTIONS = [
    (CONTENT_DESK, _("Site content"), _("Texts, programmes and history, in French and English.")),
    (RECEPTION_DESK, _("Reception"), _("Messages, bookings, opening hours and closures.")),
    (
        SETTINGS_DESK,
        _("The association's settings"),
        _("The “Support us” page and the social networks, set once and checked now and then."),
    ),
    (
        ACCOUNTS_DESK,
        _("Accounts and security"),
        _("Staff accounts, groups, second factors and login records."),
    ),
]


LAUNCH_COUNT = ["launch-count"]


def launch_count():
    return launch.count(launch.report())


# The launch report reads every kind of content: whoever saves counts it once, so that the
# admin's home, read far more often, does not (#21, #25).
prepared_after_saves(LAUNCH_COUNT, launch_count, per_language=False)


def dashboard(app_list, user=None, request=None):
    entries = {desk: [] for desk, _title, _intro in SECTIONS}
    listed = [model_dict["model"] for app in app_list for model_dict in app["models"]]
    # Counted for every model in one query, not three per model (#21).
    translation = status.summaries(model for model in listed if status.is_translated(model))
    for app in app_list:
        for model_dict in app["models"]:
            model = model_dict["model"]
            admin_url = model_dict.get("admin_url")
            desk = desk_of(model)
            if not admin_url or (
                desk == ACCOUNTS_DESK and not getattr(user, "is_superuser", False)
            ):
                continue
            entries[desk].append(
                Entry(
                    label=model._meta.label_lower,
                    rank=getattr(model, "dashboard_rank", 100),
                    name=model_dict["name"],
                    admin_url=admin_url,
                    add_url=model_dict.get("add_url"),
                    notes=_notes(model, admin_url, translation.get(model)),
                )
            )
    sections = [
        {"id": desk, "title": title, "intro": intro, "entries": _in_order(entries[desk])}
        for desk, title, intro in SECTIONS
    ]
    to_confirm = count_visible_records_to_confirm(user) if user is not None else 0
    return {
        "sections": [s for s in sections if s["entries"]],
        "to_confirm": to_confirm,
        # The launch checklist's own count, from the report `launch_check` prints (#25).
        "to_settle": (
            content_cached(request, LAUNCH_COUNT, launch_count) if request else launch_count()
        ),
    }

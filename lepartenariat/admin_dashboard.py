"""The admin index, organised for the staff's two jobs (#8).

Content (programmes, history, pages…) and reception (messages, opening hours, closures,
bookings). Models are looked up in the admin's own app list, which already holds only what
the user may see, so a model that another app adds later (contact messages, workshop
bookings) appears as soon as it exists, and never for someone who may not open it.
"""

from dataclasses import dataclass, field

from django.contrib import admin
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from core import translation_status as status
from core.content import CONTENT_DESK, RECEPTION_DESK
from lepartenariat.admin_views import count_visible_records_to_confirm

# Apps whose models are about accounts, not about the site: left in the plain list.
ACCOUNT_APPS = {"auth", "mfa"}


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
    return getattr(model, "desk", CONTENT_DESK)


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


def dashboard(app_list, user=None):
    content, reception, others = [], [], []
    listed = [
        model_dict["model"]
        for app in app_list
        if app["app_label"] not in ACCOUNT_APPS
        for model_dict in app["models"]
    ]
    # Counted for every model in one query, not three per model (#21).
    translation = status.summaries(model for model in listed if status.is_translated(model))
    for app in app_list:
        if app["app_label"] in ACCOUNT_APPS:
            others.append(app)
            continue
        for model_dict in app["models"]:
            model = model_dict["model"]
            admin_url = model_dict.get("admin_url")
            if not admin_url:
                continue
            entry = Entry(
                label=model._meta.label_lower,
                rank=getattr(model, "dashboard_rank", 100),
                name=model_dict["name"],
                admin_url=admin_url,
                add_url=model_dict.get("add_url"),
                notes=_notes(model, admin_url, translation.get(model)),
            )
            (reception if desk_of(model) == RECEPTION_DESK else content).append(entry)
    sections = [
        {
            "id": "content",
            "title": _("Site content"),
            "intro": _("Texts, programmes and history, in French and English."),
            "entries": _in_order(content),
        },
        {
            "id": "reception",
            "title": _("Reception"),
            "intro": _("Messages, opening hours and closures."),
            "entries": _in_order(reception),
        },
    ]
    to_confirm = count_visible_records_to_confirm(user) if user is not None else 0
    return {
        "sections": [s for s in sections if s["entries"]],
        "others": others,
        "to_confirm": to_confirm,
    }

"""The admin's launch checklist and its list of everything still to confirm (#18, #25).

Every kind of record staff can mark "to confirm" (core.launch.confirmable_models) is listed
together, so that staff settle them in one place and confirm one or several at once. The
checklist shows what `launch_check` prints, from the same `core.launch.report()`, so that
the page, the admin's home and the command always give the same items and counts.
"""

from django.contrib import messages
from django.contrib.admin import site
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from core import launch


def _permission(user, model, action):
    opts = model._meta
    return user.has_perm(f"{opts.app_label}.{action}_{opts.model_name}")


def visible_records_to_confirm(user):
    """The published records to confirm that `user` may see, with what they may do."""
    rows = []
    for obj in launch.records_to_confirm():
        model = type(obj)
        if not (_permission(user, model, "view") or _permission(user, model, "change")):
            continue
        rows.append(
            {
                "obj": obj,
                "kind": launch.kind_of(model),
                "value": f"{model._meta.label_lower}:{obj.pk}",
                "admin_url": launch.admin_url(obj),
                "can_confirm": _permission(user, model, "change"),
            }
        )
    return rows


def count_visible_records_to_confirm(user):
    """How many published records to confirm `user` may see, in one query (#21)."""
    return launch.count_to_confirm(
        model
        for model in launch.confirmable_models()
        if _permission(user, model, "view") or _permission(user, model, "change")
    )


def confirm_records(user, values):
    """Untick "to confirm" on the records named "app_label.model_name:pk" that `user` may
    change; each is saved, so the page cache and the history see the change."""
    models = {model._meta.label_lower: model for model in launch.confirmable_models()}
    confirmed = 0
    for value in values:
        label, _sep, pk = value.partition(":")
        model = models.get(label)
        if model is None or not pk.isdigit():
            continue
        if not _permission(user, model, "change"):
            raise PermissionDenied
        obj = model._default_manager.filter(pk=pk, to_confirm=True).first()
        if obj is not None:
            obj.to_confirm = False
            obj.save()
            confirmed += 1
    return confirmed


def _checklist_group(user, group):
    rows = []
    for item in group.items:
        model = type(item.obj) if item.obj is not None else None
        note = getattr(item.obj, "to_confirm_note", "")
        problem = capfirst(item.problem)
        rows.append(
            {
                "item": item,
                # A record to confirm says itself what to check; any other item says what is
                # wrong, and the record's note, if any, adds what to check.
                "check": note
                if group.key == "to_confirm" and note
                else " — ".join(text for text in (problem, note) if text),
                "value": f"{model._meta.label_lower}:{item.obj.pk}" if model else "",
                "can_confirm": group.key == "to_confirm"
                and model is not None
                and _permission(user, model, "change"),
            }
        )
    return {"group": group, "rows": rows, "can_confirm": any(r["can_confirm"] for r in rows)}


def launch_checklist(request):
    if request.method == "POST":
        count = confirm_records(request.user, request.POST.getlist("record"))
        if count:
            messages.success(
                request,
                ngettext("%(count)d record confirmed.", "%(count)d records confirmed.", count)
                % {"count": count},
            )
        else:
            messages.warning(request, _("Tick the records you have checked first."))
        return redirect("admin_launch_checklist")
    groups = launch.report()
    context = {
        **site.each_context(request),
        "title": _("Before going live"),
        "count": launch.count(groups),
        "staff_groups": [_checklist_group(request.user, g) for g in groups if not g.needs_host],
        "host_groups": [_checklist_group(request.user, g) for g in groups if g.needs_host],
    }
    return TemplateResponse(request, "admin/launch_checklist.html", context)


def to_confirm(request):
    if request.method == "POST":
        count = confirm_records(request.user, request.POST.getlist("record"))
        if count:
            messages.success(
                request,
                ngettext("%(count)d record confirmed.", "%(count)d records confirmed.", count)
                % {"count": count},
            )
        else:
            messages.warning(request, _("Tick the records you have checked first."))
        return redirect("admin_to_confirm")
    context = {
        **site.each_context(request),
        "title": _("To confirm before going live"),
        "rows": visible_records_to_confirm(request.user),
    }
    return TemplateResponse(request, "admin/to_confirm.html", context)

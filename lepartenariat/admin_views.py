"""The admin's one list of everything still to confirm before going live (#18).

Every kind of record staff can mark "to confirm" (core.launch.confirmable_models) is listed
together, so that staff settle them in one place and confirm one or several at once.
"""

from django.contrib import messages
from django.contrib.admin import site
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
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

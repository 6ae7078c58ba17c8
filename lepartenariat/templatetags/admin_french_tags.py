"""Admin headings with their articles, and the list of every error at the top of a form (#25)."""

from django import template
from django.forms.forms import NON_FIELD_ERRORS
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from lepartenariat.admin_guide import page_for
from lepartenariat.admin_names import admin_names

register = template.Library()


@register.simple_tag(takes_context=True)
def admin_heading(context):
    """The page's heading: "Ajouter une actualité", "Choisir une actualité à modifier"…

    Django's own title stays where no names were written, or on pages that are not a list
    or a form (history, deletion)."""
    opts = context.get("opts")
    names = admin_names(opts.model) if opts is not None else None
    title = context.get("title", "")
    if names is None or context.get("is_popup"):
        return title
    if "cl" in context:
        if context.get("has_change_permission"):
            return capfirst(names.choose_to_change())
        return capfirst(names.choose_to_view())
    if context.get("add"):
        return capfirst(names.add())
    if context.get("change"):
        if context.get("has_change_permission"):
            return capfirst(names.change())
        return capfirst(names.view())
    return title


@register.simple_tag
def add_label(opts):
    names = admin_names(opts.model)
    if names is None:
        return _("Add %(name)s") % {"name": opts.verbose_name}
    return capfirst(names.add())


def _field_errors(form, prefix_label):
    rows = []
    for name, errors in form.errors.items():
        if name == NON_FIELD_ERRORS:
            label, target = prefix_label, ""
        elif name in form.fields:
            field = form[name]
            label = f"{prefix_label} – {field.label}" if prefix_label else str(field.label)
            target = field.id_for_label or field.auto_id
        else:
            continue
        for error in errors:
            rows.append({"label": label, "message": error, "target": target})
    return rows


@register.simple_tag
def error_summary(adminform, inline_admin_formsets):
    """Every error of the form and its inlines, each with the id of the field to go to.

    A field in a language tab, an inline row or a folded section is out of sight; the list
    names it and links to it, and admin-errors.js opens what hides it."""
    rows = []
    if adminform is not None:
        rows += _field_errors(adminform.form, "")
    for inline_admin_formset in inline_admin_formsets or []:
        formset = inline_admin_formset.formset
        name = capfirst(inline_admin_formset.opts.verbose_name_plural)
        for error in formset.non_form_errors():
            rows.append({"label": name, "message": error, "target": ""})
        for number, form in enumerate(formset.forms, start=1):
            row_label = _("%(inline)s, row %(number)d") % {"inline": name, "number": number}
            rows += _field_errors(form, row_label)
    return rows


@register.inclusion_tag("admin/guide/link.html")
def guide_link(opts):
    """The header's link to the guide page of the job done in this form or list."""
    return {"page": page_for(opts.label_lower) if opts is not None else None}

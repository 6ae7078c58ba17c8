"""The "to confirm" column of admin lists, read the right way round (#25).

Django draws a boolean column as a green ✓ for True, so "to confirm" showed a green tick
for what was still to check and a red cross for what was done.
"""

from django.contrib import admin
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _


@admin.display(description=_("to confirm"), ordering="to_confirm")
def to_confirm_column(obj):
    if not obj.to_confirm:
        return ""
    return format_html('<span class="to-check">⚠ {}</span>', _("to check"))

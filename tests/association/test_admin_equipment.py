"""Every content model's admin gets history, and translated ones the status tools (#8)."""

import pytest
from django.contrib import admin
from reversion.admin import VersionAdmin

from core import translation_status
from core.admin_site import (
    PLAIN_ADMIN_APPS,
    TranslationStatusAdmin,
)
from core.content import is_visitor_data

CONTENT_ADMINS = [
    (model, model_admin)
    for model, model_admin in admin.site._registry.items()
    if model._meta.app_label not in PLAIN_ADMIN_APPS
]


@pytest.mark.parametrize(
    ("model", "model_admin"), CONTENT_ADMINS, ids=lambda value: getattr(value, "__name__", "")
)
def test_every_content_admin_but_visitor_data_keeps_history_and_shows_translations(
    model, model_admin
):
    assert isinstance(model_admin, VersionAdmin) != is_visitor_data(model)
    assert isinstance(model_admin, TranslationStatusAdmin) == translation_status.is_translated(
        model
    )


def test_visitors_messages_are_kept_out_of_the_history_so_their_purge_is_complete():
    from contact.models import ContactMessage

    assert is_visitor_data(ContactMessage)
    assert not isinstance(admin.site._registry[ContactMessage], VersionAdmin)

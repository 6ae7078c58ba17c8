"""Every content model's admin gets history, and translated ones the status tools (#8)."""

import pytest
from django.contrib import admin
from reversion.admin import VersionAdmin

from association import translation_status
from association.admin_workshop import PLAIN_ADMIN_APPS, TranslationStatusAdmin

CONTENT_ADMINS = [
    (model, model_admin)
    for model, model_admin in admin.site._registry.items()
    if model._meta.app_label not in PLAIN_ADMIN_APPS
]


@pytest.mark.parametrize(
    ("model", "model_admin"), CONTENT_ADMINS, ids=lambda value: getattr(value, "__name__", "")
)
def test_every_content_admin_keeps_history_and_translated_ones_show_their_status(
    model, model_admin
):
    assert isinstance(model_admin, VersionAdmin)
    assert isinstance(model_admin, TranslationStatusAdmin) == translation_status.is_translated(
        model
    )

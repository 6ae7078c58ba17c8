"""Control characters out of every text staff or visitors save, and out of what the site
writes (#22).

Word's Shift+Enter pastes a vertical tab (\\x0b) into a title; XML 1.0 refuses it (Django's
feeds raise UnserializableContentError), iCalendar forbids it (RFC 5545 §3.3.11), and
PostgreSQL refuses NUL. Tabs and line breaks stay.
"""

from django.db import models
from django.db.models.signals import pre_save

# The C0 controls but tab, line feed and carriage return, and DEL. The two that mean a line
# break in a pasted text become a space, so words do not run together.
LINE_BREAKS = dict.fromkeys(map(ord, "\x0b\x0c\x1c\x1d\x1e\x1f"), " ")
CONTROL_CHARACTERS = {
    **dict.fromkeys([*range(0x00, 0x09), *range(0x0E, 0x1C), 0x7F]),
    **LINE_BREAKS,
}


def without_control_characters(value):
    return value.translate(CONTROL_CHARACTERS) if isinstance(value, str) else value


def connect(model_bases):
    """Strip control characters from every text field of the models inheriting one of
    `model_bases`, whenever one is saved."""

    def strip_control_characters(sender, instance, **kwargs):
        if not issubclass(sender, model_bases):
            return
        for field in instance._meta.concrete_fields:
            if isinstance(field, (models.CharField, models.TextField)):
                value = getattr(instance, field.attname)
                setattr(instance, field.attname, without_control_characters(value))

    pre_save.connect(
        strip_control_characters, weak=False, dispatch_uid="core.text.strip_control_characters"
    )

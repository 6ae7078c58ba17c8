"""How admin headings name a record, with the article French needs (#25).

Django builds its admin headings from `verbose_name` alone ("Add %s"), which French cannot
read: "Ajout de actualité", "Sélectionnez l’objet actualité à changer". A French noun needs
its own article, feminine or masculine, elided before a vowel; only a person can say it. So
each kind of record states its names with their articles, beside its `verbose_name`:

    admin_names = AdminNames(
        a=pgettext_lazy("admin heading", "a news post"),
        the=pgettext_lazy("admin heading", "the news post"),
    )

and the admin's templates say "Ajouter une actualité", "Modifier l’actualité", "Choisir une
actualité à modifier" (lepartenariat.templatetags.admin_french_tags).
"""

from dataclasses import dataclass
from typing import Any

from django.utils.translation import gettext as _


@dataclass(frozen=True)
class AdminNames:
    a: Any
    the: Any

    def add(self):
        return _("Add %(a)s") % {"a": self.a}

    def change(self):
        return _("Change %(the)s") % {"the": self.the}

    def view(self):
        return _("View %(the)s") % {"the": self.the}

    def choose_to_change(self):
        return _("Choose %(a)s to change") % {"a": self.a}

    def choose_to_view(self):
        return _("Choose %(a)s to view") % {"a": self.a}

"""Django's own admin strings whose stock French does not read right on this site (#25).

Django's French builds sentences from a model's bare name: "L’objet Page « Nous soutenir »
« Page « Nous soutenir » » a été modifié", "Ajouter un objet Horaires d’ouverture
supplémentaire", "Sélectionnez l’objet actualité à changer", and sizes in "Kio". Listing the
messages here puts them in this project's .po files, whose translations come before
Django's (LOCALE_PATHS are searched first), so that they say the same in plain French:
headings that have the record's own names use them (core.admin_names); these are the
wordings that read right whatever the record's gender.

Nothing imports this module: `makemessages` reads it.
"""

from django.utils.translation import gettext_noop, ngettext_lazy

DJANGO_ADMIN = [
    gettext_noop("Add %s"),
    gettext_noop("Change %s"),
    gettext_noop("View %s"),
    gettext_noop("Select %s to change"),
    gettext_noop("Select %s to view"),
    gettext_noop("Add another %(verbose_name)s"),
    gettext_noop("Delete multiple objects"),
    gettext_noop("Changed {fields} for {name} “{object}”."),
    gettext_noop("Select this object for an action - {}"),
    gettext_noop("Select all objects on this page for an action"),
    gettext_noop("Click here to select the objects across all pages"),
    gettext_noop("The {name} “{obj}” was added successfully."),
    gettext_noop("The {name} “{obj}” was added successfully. You may edit it again below."),
    gettext_noop("The {name} “{obj}” was added successfully. You may add another {name} below."),
    gettext_noop("The {name} “{obj}” was changed successfully."),
    gettext_noop("The {name} “{obj}” was changed successfully. You may edit it again below."),
    gettext_noop("The {name} “{obj}” was changed successfully. You may add another {name} below."),
    gettext_noop("The %(name)s “%(obj)s” was deleted successfully."),
    ngettext_lazy(
        "%(count)s %(name)s was changed successfully.",
        "%(count)s %(name)s were changed successfully.",
    ),
    gettext_noop(
        'Are you sure you want to delete the %(object_name)s "%(escaped_object)s"? '
        "All of the following related items will be deleted:"
    ),
    gettext_noop(
        "Are you sure you want to delete the selected %(objects_name)s? All of the "
        "following objects and their related items will be deleted:"
    ),
    gettext_noop(
        "This object doesn’t have a change history. It probably wasn’t added via this admin site."
    ),
    gettext_noop("Change selected %(model)s"),
    gettext_noop("Add another %(model)s"),
    gettext_noop("Delete selected %(model)s"),
    gettext_noop("View selected %(model)s"),
    # django-reversion's
    gettext_noop("Recover deleted %(name)s"),
    # django-axes' French lacks these two.
    gettext_noop("access attempt expiration"),
    gettext_noop("access attempt expirations"),
]

FILE_SIZES = [
    gettext_noop("%s KB"),
    gettext_noop("%s MB"),
    gettext_noop("%s GB"),
]

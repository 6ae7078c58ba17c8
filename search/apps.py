from django.apps import AppConfig
from django.db.backends.signals import connection_created
from django.utils.translation import gettext_lazy as _


def register_sqlite_functions(sender, connection, **kwargs):
    # SQLite has no unaccent: the fallback search filters on this Python function instead.
    if connection.vendor == "sqlite":
        from search.text import fold

        connection.connection.create_function("lp_fold", 1, fold, deterministic=True)


class SiteSearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Site search")

    def ready(self):
        connection_created.connect(register_sqlite_functions, dispatch_uid="search_sqlite_fold")

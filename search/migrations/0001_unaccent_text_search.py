"""Accent-insensitive French and English text search configurations, for site search.

PostgreSQL only: SQLite has neither extensions nor text search configurations, and the
SQLite search fallback folds accents itself (search/apps.py).
"""

from django.contrib.postgres.operations import UnaccentExtension
from django.db import migrations

CONFIGURATIONS = {"french_unaccent": "french", "english_unaccent": "english"}


def create_configurations(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, language in CONFIGURATIONS.items():
        drop(schema_editor, name, language)
        # Stop words are spelled with accents ("à", "été"): drop them before unaccent, which
        # would turn "à" into "a", a word that stop list does not hold.
        schema_editor.execute(
            f"CREATE TEXT SEARCH DICTIONARY {language}_stopwords "
            f"(TEMPLATE = simple, STOPWORDS = {language}, ACCEPT = false)"
        )
        schema_editor.execute(f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = {language})")
        # unaccent before the stemmer, which then sees "ecoles" for "écoles" and "ecoles".
        schema_editor.execute(
            f"ALTER TEXT SEARCH CONFIGURATION {name} ALTER MAPPING FOR hword, hword_part, word "
            f"WITH {language}_stopwords, unaccent, {language}_stem"
        )


def drop(schema_editor, name, language):
    schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")
    schema_editor.execute(f"DROP TEXT SEARCH DICTIONARY IF EXISTS {language}_stopwords")


def drop_configurations(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, language in CONFIGURATIONS.items():
        drop(schema_editor, name, language)


class Migration(migrations.Migration):
    dependencies = []

    operations = [
        UnaccentExtension(),
        migrations.RunPython(create_configurations, drop_configurations, elidable=False),
    ]

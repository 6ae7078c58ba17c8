"""Issue #26's corrections of the seeded texts, in databases seeded before them.

Seeding never overwrites a record, so a site seeded by an earlier version keeps the old
texts. Each field below is changed only where it still holds, exactly, the text the old seed
wrote: anything staff have edited is left alone. Generated from the seed data of both
versions; reversing restores the old texts the same way.
"""

from django.db import migrations

from core.seeding import correct_seeded_texts

# {model: {seed_key: {field: (old text, new text)}}}
CHANGES = {'NewsPost': {'evaluation-centre-gaia': {'title_en': ('A more than satisfactory evaluation '
                                                      'for Centre Gaïa',
                                                      'A very positive evaluation for Centre '
                                                      'Gaïa')},
              'global-schools-end': {'title_en': ('Global Schools: already the end',
                                                  'Global Schools draws to a close')},
              'erasmus-plus-2022': {'title_fr': ('Un partenariat scolaire Erasmus+ porté par '
                                                 'Le Partenariat',
                                                 'Un projet scolaire Erasmus+ coordonné par '
                                                 'Le Partenariat'),
                                    'title_en': ('An Erasmus+ school partnership carried by '
                                                 'Le Partenariat',
                                                 'An Erasmus+ school project coordinated by '
                                                 'Le Partenariat'),
                                    'summary_fr': ('Le Partenariat porte un partenariat '
                                                   'scolaire Erasmus+.',
                                                   'Le Partenariat coordonne un projet '
                                                   'scolaire Erasmus+.'),
                                    'summary_en': ('Le Partenariat carries an Erasmus+ school '
                                                   'partnership.',
                                                   'Le Partenariat is coordinating an '
                                                   'Erasmus+ school project.')}}}


def _apply(apps, direction):
    for model_name, changes in CHANGES.items():
        model = apps.get_model('news', model_name)
        correct_seeded_texts(model, changes, forward=direction == "forward")


def forward(apps, schema_editor):
    _apply(apps, "forward")


def backward(apps, schema_editor):
    _apply(apps, "backward")


class Migration(migrations.Migration):
    dependencies = [('news', '0001_initial')]

    operations = [migrations.RunPython(forward, backward)]

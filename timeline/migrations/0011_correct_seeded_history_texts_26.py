"""Issue #26's corrections of the seeded texts, in databases seeded before them.

Seeding never overwrites a record, so a site seeded by an earlier version keeps the old
texts. Each field below is changed only where it still holds, exactly, the text the old seed
wrote: anything staff have edited is left alone. Generated from the seed data of both
versions; reversing restores the old texts the same way.
"""

from django.db import migrations

from core.seeding import correct_seeded_texts

# {model: {seed_key: {field: (old text, new text)}}}
CHANGES = {'TimelineEvent': {'1996-development-education': {'title_fr': ('L’éducation au développement '
                                                               'en Nord-Pas-de-Calais',
                                                               'L’éducation au développement '
                                                               'dans le Nord-Pas-de-Calais')},
                   '2006-sustainable-development': {'body_fr': ('<p>En 2006, un tournant '
                                                                'stratégique est pris avec '
                                                                'une orientation vers le '
                                                                'développement durable. '
                                                                'L’association s’engage dans '
                                                                'la lutte contre les '
                                                                'changements climatiques, '
                                                                'l’éco-construction, et la '
                                                                'valorisation des déchets. À '
                                                                'Lille, un nouveau service '
                                                                'est créé en partenariat avec '
                                                                'l’ONG belge Studio Globo : '
                                                                'le Centre Gaïa. Celui-ci '
                                                                'permet de former et '
                                                                'sensibiliser à l’ECSI.</p>',
                                                                '<p>En 2006, un tournant '
                                                                'stratégique est pris avec '
                                                                'une orientation vers le '
                                                                'développement durable. '
                                                                'L’association s’engage dans '
                                                                'la lutte contre les '
                                                                'changements climatiques, '
                                                                'l’éco-construction, et la '
                                                                'valorisation des déchets. À '
                                                                'Lille, un nouveau service '
                                                                'est créé en partenariat avec '
                                                                'l’ONG belge Studio Globo : '
                                                                'le Centre Gaïa. Celui-ci '
                                                                'permet de former et de '
                                                                'sensibiliser à l’ECSI.</p>')},
                   '2010s-growth': {'title_fr': ('L’ONG le Partenariat se développe',
                                                 'Le Partenariat se développe'),
                                    'title_en': ('The NGO Le Partenariat grows',
                                                 'Le Partenariat grows')},
                   '2010s-centre-gaia': {'body_fr': ('<p>Le Centre Gaïa continue de '
                                                     'prospérer, accueillant près de 10 000 '
                                                     'personnes annuellement pour des '
                                                     'formations et '
                                                     'animations.</p><p>Parallèlement, le '
                                                     'Centre Gaïa développe également '
                                                     'plusieurs projets européens, tels que '
                                                     'Global School, Citizen School, et '
                                                     'Jouons Ensemble pour l’Union '
                                                     'européenne.</p>',
                                                     '<p>Le Centre Gaïa continue de '
                                                     'prospérer, accueillant près de 10 000 '
                                                     'personnes annuellement pour des '
                                                     'formations et '
                                                     'animations.</p><p>Parallèlement, le '
                                                     'Centre Gaïa développe également '
                                                     'plusieurs projets européens, tels que '
                                                     'Global Schools, Citizen School, et '
                                                     'Jouons Ensemble pour l’Union '
                                                     'européenne.</p>'),
                                         'body_en': ('<p>The Centre Gaïa keeps thriving: '
                                                     'nearly 10,000 people a year come to its '
                                                     'training sessions and '
                                                     'activities.</p><p>It has also developed '
                                                     'several European projects, among them '
                                                     'Global School, Citizen School and '
                                                     'Jouons Ensemble pour l’Union européenne '
                                                     '(Let’s Play Together for the European '
                                                     'Union).</p>',
                                                     '<p>The Centre Gaïa keeps thriving: '
                                                     'nearly 10,000 people a year come to its '
                                                     'training sessions and '
                                                     'activities.</p><p>It has also developed '
                                                     'several European projects, among them '
                                                     'Global Schools, Citizen School and '
                                                     'Jouons Ensemble pour l’Union européenne '
                                                     '(Let’s Play Together for the European '
                                                     'Union).</p>')},
                   '2012-paems': {'body_fr': ('<p>En 2012, le Programme d’Accès à l’Eau en '
                                              'Milieu Scolaire (PAEMS) voit le jour, soutenu '
                                              'par l’AFD et s’étend au Sénégal, au Maroc, et '
                                              'en Guinée.</p>',
                                              '<p>En 2012, le Programme d’Accès à l’Eau en '
                                              'Milieu Scolaire (PAEMS) voit le jour ; soutenu '
                                              'par l’AFD, il s’étend au Sénégal, au Maroc et '
                                              'en Guinée.</p>')}}}


def _apply(apps, direction):
    for model_name, changes in CHANGES.items():
        model = apps.get_model('timeline', model_name)
        correct_seeded_texts(model, changes, forward=direction == "forward")


def forward(apps, schema_editor):
    _apply(apps, "forward")


def backward(apps, schema_editor):
    _apply(apps, "backward")


class Migration(migrations.Migration):
    dependencies = [('timeline', '0010_correct_seeded_history_texts')]

    operations = [migrations.RunPython(forward, backward)]

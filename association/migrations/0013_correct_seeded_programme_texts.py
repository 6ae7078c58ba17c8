"""Issue #18's corrections of the seeded programme texts, in databases seeded before them.

Seeding never overwrites a record, so a site seeded by an earlier version keeps the old
texts. Each field below is changed only where it still holds, exactly, the text the old seed
wrote: anything staff have edited is left alone. Generated from the seed data of both
versions; reversing restores the old texts the same way.
"""

from django.db import migrations

from core.seeding import correct_seeded_texts

# {seed_key: {field: (old text, new text)}}
CHANGES = {
    "centre-gaia": {
        "body_en": (
            "<p>Set up in Lille in 2006 in partnership with the Belgian NGO "
            "Studio Globo, the Centre Gaïa offers training and "
            "awareness-raising in education for citizenship and "
            "international solidarity (ECSI). It welcomes visitors for "
            "training sessions and activities.</p><p>Its immersion workshop "
            "takes participants into sets that recreate a district of "
            "Saint-Louis and a Senegalese village. In 2019 it opened the "
            "Mondialis’Action immersion workshop, which explores the issues "
            "raised by globalisation.</p><p>The Centre Gaïa also "
            "offers:</p><ul><li>discovery classes (classes "
            "découvertes);</li><li>the Rencontres Gaïa;</li><li>the games "
            "“Migramundo” and “Ça Presse !”.</li></ul><p>It develops "
            "European projects in collaboration with other organisations "
            "from across Europe: Global School, Citizen School, Jouons "
            "Ensemble pour l’Union Européenne (Let’s Play Together for the "
            "European Union) and, since 2017, Global Issues – Global "
            "Subjects.</p>",
            "<p>Set up in Lille in 2006 in partnership with the Belgian NGO "
            "Studio Globo, the Centre Gaïa offers training and "
            "awareness-raising in education for citizenship and "
            "international solidarity (ECSI). It welcomes visitors for "
            "training sessions and activities.</p><p>Its immersion workshop "
            "takes participants into sets that recreate a district of "
            "Saint-Louis and a Senegalese village. In 2019 it opened the "
            "Mondialis’Action immersion workshop, which explores the issues "
            "raised by globalisation.</p><p>The Centre Gaïa also "
            "offers:</p><ul><li>discovery classes (classes "
            "découvertes);</li><li>the Rencontres Gaïa;</li><li>the games "
            "“Migramundo” and “Ça Presse !”.</li></ul><p>It develops "
            "European projects in collaboration with other organisations "
            "from across Europe: Global School, Citizen School, Jouons "
            "Ensemble pour l’Union européenne (Let’s Play Together for the "
            "European Union) and, since 2017, Global Issues – Global "
            "Subjects.</p>",
        ),
        "body_fr": (
            "<p>Créé à Lille en 2006, en partenariat avec l’ONG belge Studio "
            "Globo, le Centre Gaïa forme et sensibilise à l’éducation à la "
            "citoyenneté et à la solidarité internationale (ECSI). Il "
            "accueille des publics pour des formations et des "
            "animations.</p><p>Son atelier d’immersion plonge les "
            "participants dans des décors qui reconstituent un quartier de "
            "Saint-Louis et un village sénégalais. En 2019, il a inauguré "
            "l’atelier d’immersion Mondialis’Action, consacré aux enjeux de "
            "la mondialisation.</p><p>Le Centre Gaïa propose aussi "
            ":</p><ul><li>des classes découvertes ;</li><li>les Rencontres "
            "Gaïa ;</li><li>les jeux « Migramundo » et « Ça Presse ! "
            "».</li></ul><p>Il développe des projets européens en "
            "collaboration avec d’autres organisations venues de toute "
            "l’Europe : Global School, Citizen School, Jouons Ensemble pour "
            "l’Union Européenne et, depuis 2017, Global Issues – Global "
            "Subjects.</p>",
            "<p>Créé à Lille en 2006, en partenariat avec l’ONG belge Studio "
            "Globo, le Centre Gaïa forme et sensibilise à l’éducation à la "
            "citoyenneté et à la solidarité internationale (ECSI). Il "
            "accueille des publics pour des formations et des "
            "animations.</p><p>Son atelier d’immersion plonge les "
            "participants dans des décors qui reconstituent un quartier de "
            "Saint-Louis et un village sénégalais. En 2019, il a inauguré "
            "l’atelier d’immersion Mondialis’Action, consacré aux enjeux de "
            "la mondialisation.</p><p>Le Centre Gaïa propose aussi "
            ":</p><ul><li>des classes découvertes ;</li><li>les Rencontres "
            "Gaïa ;</li><li>les jeux « Migramundo » et « Ça Presse ! "
            "».</li></ul><p>Il développe des projets européens en "
            "collaboration avec d’autres organisations venues de toute "
            "l’Europe : Global School, Citizen School, Jouons Ensemble pour "
            "l’Union européenne et, depuis 2017, Global Issues – Global "
            "Subjects.</p>",
        ),
    },
    "jouons-ensemble-ue": {
        "body_en": (
            "<p>Let’s Play Together for the European Union (in "
            "French, “Jouons Ensemble pour l’Union Européenne”) is "
            "one of the European projects that the Centre Gaïa "
            "develops in collaboration with other organisations from "
            "across Europe.</p>",
            "<p>Let’s Play Together for the European Union (in "
            "French, “Jouons Ensemble pour l’Union européenne”) is "
            "one of the European projects that the Centre Gaïa "
            "develops in collaboration with other organisations from "
            "across Europe.</p>",
        ),
        "body_fr": (
            "<p>Jouons Ensemble pour l’Union Européenne fait partie "
            "des projets européens que le Centre Gaïa développe en "
            "collaboration avec d’autres organisations venues de "
            "toute l’Europe.</p>",
            "<p>Jouons Ensemble pour l’Union européenne fait partie "
            "des projets européens que le Centre Gaïa développe en "
            "collaboration avec d’autres organisations venues de "
            "toute l’Europe.</p>",
        ),
        "name_fr": (
            "Jouons Ensemble pour l’Union Européenne",
            "Jouons Ensemble pour l’Union européenne",
        ),
    },
}


def _apply(apps, direction):
    model = apps.get_model("association", "Programme")
    correct_seeded_texts(model, CHANGES, forward=direction == "forward")


def forward(apps, schema_editor):
    _apply(apps, "forward")


def backward(apps, schema_editor):
    _apply(apps, "backward")


class Migration(migrations.Migration):
    dependencies = [("association", "0012_correct_seeded_page_texts")]

    operations = [migrations.RunPython(forward, backward)]

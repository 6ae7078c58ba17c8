"""Issue #18's corrections of the seeded history steps, in databases seeded before them.

Seeding never overwrites a record, so a site seeded by an earlier version keeps the old
texts. Each field below is changed only where it still holds, exactly, the text the old seed
wrote: anything staff have edited is left alone. Generated from the seed data of both
versions; reversing restores the old texts the same way.
"""

from django.db import migrations

from core.seeding import correct_seeded_texts

# {seed_key: {field: (old text, new text)}}
CHANGES = {
    "1981-creation": {
        "body_en": (
            "<p>In 1981, a humanitarian adventure began under the name "
            "“Partenariat Lille Saint-Louis du Sénégal”. Founded by "
            "citizens committed to international solidarity, the "
            "association came into being with the mission of bringing the "
            "twinning between Lille and Saint-Louis, Senegal, to life. Its "
            "first initiatives consisted of sending school and medical "
            "supplies and, from 1984, organising youth work camps.</p>",
            "<p>In 1981, a humanitarian adventure began under the name "
            "“Partenariat Lille Saint-Louis du Sénégal”. Founded by "
            "citizens committed to international solidarity, the "
            "association came into being with the mission of bringing the "
            "twinning between Lille and Saint-Louis, Senegal, to life. It "
            "began by sending school and medical supplies.</p>",
        ),
        "body_fr": (
            "<p>En 1981, une aventure humanitaire naît sous le nom de « "
            "Partenariat Lille Saint-Louis du Sénégal ». Fondée par des "
            "citoyens engagés dans la solidarité internationale, cette "
            "association voit le jour avec pour mission de faire vivre le "
            "jumelage entre Lille et Saint-Louis du Sénégal. Les premières "
            "initiatives consistent à envoyer du matériel scolaire et "
            "sanitaire et à organiser des chantiers de jeunes dès "
            "1984.</p>",
            "<p>En 1981, une aventure humanitaire naît sous le nom de « "
            "Partenariat Lille Saint-Louis du Sénégal ». Fondée par des "
            "citoyens engagés dans la solidarité internationale, cette "
            "association voit le jour avec pour mission de faire vivre le "
            "jumelage entre Lille et Saint-Louis du Sénégal. Les premières "
            "initiatives consistent à envoyer du matériel scolaire et "
            "sanitaire.</p>",
        ),
    },
    "1984-youth-work-camps": {
        "body_en": (
            "<p>From 1984, the association organised youth work camps.</p>",
            "<p>Among its first initiatives, the association began "
            "organising youth work camps in 1984.</p>",
        ),
        "body_fr": (
            "<p>Dès 1984, l’association organise des chantiers de jeunes.</p>",
            "<p>Parmi ses premières initiatives, l’association "
            "organise des chantiers de jeunes dès 1984.</p>",
        ),
    },
    "1986-first-volunteer": {
        "body_en": (
            "<p>In 1986, sending out a first volunteer marked the "
            "practical start of cooperation projects, such as "
            "building schools and dispensaries.</p>",
            "<p>In 1986, the association sent out its first "
            "volunteer, and its cooperation projects, such as "
            "building schools and dispensaries, got under way.</p>",
        ),
        "title_en": (
            "A first volunteer, the first cooperation projects",
            "The first volunteer and the first cooperation projects",
        ),
    },
    "1996-development-education": {
        "body_en": (
            "<p>In synergy with its cooperation work, Le "
            "Partenariat developed activities to raise "
            "awareness of international solidarity among "
            "pupils in the Nord-Pas-de-Calais region.</p>",
            "<p>Alongside its cooperation work, Le "
            "Partenariat began helping pupils in the "
            "Nord-Pas-de-Calais region learn about "
            "international solidarity.</p>",
        ),
        "title_fr": (
            "L’éducation au Développement en Nord-Pas-de-Calais",
            "L’éducation au développement en Nord-Pas-de-Calais",
        ),
    },
    "2000s-expansion": {
        "title_fr": (
            "Elargissement des activités en France, au Sénégal et au Maroc",
            "Élargissement des activités en France, au Sénégal et au Maroc",
        )
    },
    "2006-sustainable-development": {
        "body_en": (
            "<p>In 2006, the association took a strategic "
            "turn towards sustainable development. It "
            "committed itself to tackling climate change, "
            "to eco-construction and to waste recovery. In "
            "Lille, a new service was created in "
            "partnership with the Belgian NGO Studio Globo: "
            "the Centre Gaïa. It provides training and "
            "awareness-raising in education for citizenship "
            "and international solidarity (ECSI).</p>",
            "<p>In 2006, the association changed course to "
            "focus on sustainable development, taking up "
            "the fight against climate change, "
            "eco-construction and the recovery of waste. In "
            "Lille, together with the Belgian NGO Studio "
            "Globo, it set up a new service, the Centre "
            "Gaïa, which trains people in and raises "
            "awareness of education for citizenship and "
            "international solidarity (ECSI).</p>",
        ),
        "body_fr": (
            "<p>En 2006, un tournant stratégique est pris "
            "avec une orientation vers le développement "
            "durable. L’association s’engage dans la lutte "
            "contre les changements climatiques, "
            "l’éco-construction, et la valorisation des "
            "déchets. A Lille, un nouveau service est créé "
            "– en partenariat avec l’ONG belge Studio Globo "
            "– : le Centre Gaïa. Celui-ci permet de former "
            "et sensibiliser à l’ECSI.</p>",
            "<p>En 2006, un tournant stratégique est pris "
            "avec une orientation vers le développement "
            "durable. L’association s’engage dans la lutte "
            "contre les changements climatiques, "
            "l’éco-construction, et la valorisation des "
            "déchets. À Lille, un nouveau service est créé "
            "en partenariat avec l’ONG belge Studio Globo : "
            "le Centre Gaïa. Celui-ci permet de former et "
            "sensibiliser à l’ECSI.</p>",
        ),
    },
    "2007-morocco": {
        "body_en": (
            "<p>In 2007, the association also established itself in Morocco "
            "through cooperation agreements with the Doukkala Abda "
            "Region.</p>",
            "<p>In 2007, the association also set up in Morocco, under "
            "cooperation agreements with the Doukkala Abda Region.</p>",
        ),
        "body_fr": (
            "<p>En 2007, elle s’implante également au Maroc grâce aux "
            "accords de coopération avec la Région de Doukkala Abda.</p>",
            "<p>En 2007, l’association s’implante également au Maroc grâce "
            "aux accords de coopération avec la Région de Doukkala "
            "Abda.</p>",
        ),
    },
    "2010s-centre-gaia": {
        "body_en": (
            "<p>The Centre Gaïa continues to thrive, welcoming nearly "
            "10,000 people a year for training sessions and "
            "activities.</p><p>At the same time, the Centre Gaïa has "
            "also developed several European projects, such as Global "
            "School, Citizen School and Jouons Ensemble pour l’Union "
            "Européenne (Let’s Play Together for the European "
            "Union).</p>",
            "<p>The Centre Gaïa keeps thriving: nearly 10,000 people a "
            "year come to its training sessions and "
            "activities.</p><p>It has also developed several European "
            "projects, among them Global School, Citizen School and "
            "Jouons Ensemble pour l’Union européenne (Let’s Play "
            "Together for the European Union).</p>",
        ),
        "body_fr": (
            "<p>Le Centre Gaïa continue de prospérer, accueillant près "
            "de 10 000 personnes annuellement pour des formations et "
            "animations.</p><p>Parallèlement, le Centre Gaïa développe "
            "également plusieurs projets européens, tels que Global "
            "School, Citizen School, et Jouons Ensemble pour l’Union "
            "Européenne.</p>",
            "<p>Le Centre Gaïa continue de prospérer, accueillant près "
            "de 10 000 personnes annuellement pour des formations et "
            "animations.</p><p>Parallèlement, le Centre Gaïa développe "
            "également plusieurs projets européens, tels que Global "
            "School, Citizen School, et Jouons Ensemble pour l’Union "
            "européenne.</p>",
        ),
        "title_en": (
            "The Centre Gaïa develops projects in collaboration with "
            "other organisations from across Europe",
            "The Centre Gaïa works on projects with organisations from across Europe",
        ),
    },
    "2016-diapalante": {
        "body_en": (
            "<p>In 2016, the opening of the Diapalanté building in "
            "Saint-Louis marked a new stage, with a centre for "
            "vocational training and professional integration.</p><p>The "
            "building was officially opened on 11 July 2016.</p>",
            "<p>In 2016, the Diapalanté building opened in Saint-Louis: "
            "a centre for vocational training and for helping people "
            "into work, it marked a new stage.</p><p>The building was "
            "officially opened on 11 July 2016.</p>",
        )
    },
    "2017-paer": {
        "body_en": (
            "<p>The following year, the Programme for Access to Renewable "
            "Energy (PAER) was launched in Senegal.</p>",
            "<p>In 2017, the Programme for Access to Renewable Energy (PAER) "
            "was launched in Senegal.</p>",
        ),
        "body_fr": (
            "<p>L’année suivante, le Programme d’Accès aux Énergies "
            "Renouvelables (PAER) est lancé au Sénégal.</p>",
            "<p>En 2017, le Programme d’Accès aux Énergies Renouvelables "
            "(PAER) est lancé au Sénégal.</p>",
        ),
    },
    "2019-mondialisaction": {
        "body_fr": (
            "<p>En 2019, il inaugure l’atelier d’immersion "
            "Mondialis’Action, explorant les enjeux de la "
            "mondialisation.</p>",
            "<p>En 2019, le Centre Gaïa inaugure l’atelier "
            "d’immersion Mondialis’Action, explorant les enjeux de "
            "la mondialisation.</p>",
        )
    },
}


def _apply(apps, direction):
    model = apps.get_model("timeline", "TimelineEvent")
    correct_seeded_texts(model, CHANGES, forward=direction == "forward")


def _place_centre_gaia_steps(apps):
    """The 2006 step belongs to the Centre Gaïa's programme; the undated Centre Gaïa step is
    to confirm, both only where staff left them as seeded."""
    event = apps.get_model("timeline", "TimelineEvent")
    programme = apps.get_model("association", "Programme")
    centre_gaia = programme.objects.filter(seed_key="centre-gaia").first()
    if centre_gaia is not None:
        event.objects.filter(seed_key="2006-sustainable-development", programme=None).update(
            programme=centre_gaia
        )
    event.objects.filter(seed_key="2010s-centre-gaia", year=2010, end_year=2019).update(
        to_confirm=True
    )


def forward(apps, schema_editor):
    _apply(apps, "forward")
    _place_centre_gaia_steps(apps)


def backward(apps, schema_editor):
    _apply(apps, "backward")


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0009_described_image"),
        ("association", "0013_correct_seeded_programme_texts"),
    ]

    operations = [migrations.RunPython(forward, backward)]

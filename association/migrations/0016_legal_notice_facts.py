"""Issue #26: who publishes and hosts the site become facts staff fill in (LegalNotice),
so the legal notice's text loses its "À confirmer" paragraphs, in databases seeded before.

The text is changed only where it still reads exactly as seeded (core.seeding), so a notice
staff have edited is left alone; the facts' row is made as the seed makes it, unless it
exists already.
"""

from django.db import migrations

from core.seeding import correct_seeded_texts

# {seed_key: {field: (old text, new text)}}
CHANGES = {'legal': {'body_fr': ('<h2>Éditeur</h2><p>Le Partenariat, association loi 1901 fondée à '
                       'Lille en 1981 sous le nom de « Partenariat Lille Saint-Louis du '
                       'Sénégal ».<br>71 rue Victor-Renard, 59000 Lille, France.<br>Téléphone '
                       ': +33 3 20 53 76 76.</p><h2>Directeur ou directrice de la '
                       'publication</h2><p>À confirmer.</p><h2>Hébergeur</h2><p>À confirmer '
                       '(nom, adresse et téléphone de '
                       'l’hébergeur).</p><h2>Contenus</h2><p>Les textes et images de ce site '
                       'appartiennent au Partenariat, sauf mention contraire. Ce site ne '
                       'dépose aucun cookie de mesure d’audience ni de publicité et ne charge '
                       'aucune ressource depuis un autre site.</p>',
                       '<h2>Contenus</h2><p>Les textes et images de ce site appartiennent au '
                       'Partenariat, sauf mention contraire. Ce site ne dépose aucun cookie '
                       'de mesure d’audience ni de publicité et ne charge aucune ressource '
                       'depuis un autre site, sauf le lecteur d’une vidéo que vous choisissez '
                       'de lancer.</p>'),
           'body_en': ('<h2>Publisher</h2><p>Le Partenariat, a non-profit association under '
                       'the French law of 1901, founded in Lille in 1981 as the “Partenariat '
                       'Lille Saint-Louis du Sénégal”.<br>71 rue Victor-Renard, 59000 Lille, '
                       'France.<br>Telephone: +33 3 20 53 76 76.</p><h2>Publication '
                       'director</h2><p>To be confirmed.</p><h2>Host</h2><p>To be confirmed '
                       '(name, address and telephone of the hosting '
                       'company).</p><h2>Content</h2><p>The texts and images of this website '
                       'belong to Le Partenariat unless stated otherwise. This website sets '
                       'no cookies to measure its audience or for advertising, and loads '
                       'nothing from another website.</p>',
                       '<h2>Content</h2><p>The texts and images of this website belong to Le '
                       'Partenariat unless stated otherwise. This website sets no cookies to '
                       'measure its audience or for advertising, and loads nothing from '
                       'another website, except the player of a video you choose to '
                       'play.</p>')}}

# The same text as issue #23 left it (its video paragraphs, the street not yet
# hyphenated), for a database where #23's pages 0002 ran first.
CHANGES_AFTER_VIDEOS = {'legal': {'body_fr': ('<h2>Éditeur</h2><p>Le Partenariat, association loi 1901 fondée à '
                       'Lille en 1981 sous le nom de « Partenariat Lille Saint-Louis du '
                       'Sénégal ».<br>71 rue Victor Renard, 59000 Lille, France.<br>Téléphone '
                       ': +33 3 20 53 76 76.</p><h2>Directeur ou directrice de la '
                       'publication</h2><p>À confirmer.</p><h2>Hébergeur</h2><p>À confirmer '
                       '(nom, adresse et téléphone de '
                       'l’hébergeur).</p><h2>Contenus</h2><p>Les textes et images de ce site '
                       'appartiennent au Partenariat, sauf mention contraire. Ce site ne '
                       'dépose aucun cookie de mesure d’audience ni de publicité et ne charge '
                       'aucune ressource depuis un autre site, sauf le lecteur d’une vidéo '
                       'que vous choisissez de lancer.</p>',
                       '<h2>Contenus</h2><p>Les textes et images de ce site appartiennent au '
                       'Partenariat, sauf mention contraire. Ce site ne dépose aucun cookie '
                       'de mesure d’audience ni de publicité et ne charge aucune ressource '
                       'depuis un autre site, sauf le lecteur d’une vidéo que vous choisissez '
                       'de lancer.</p>'),
           'body_en': ('<h2>Publisher</h2><p>Le Partenariat, a non-profit association under '
                       'the French law of 1901, founded in Lille in 1981 as the “Partenariat '
                       'Lille Saint-Louis du Sénégal”.<br>71 rue Victor Renard, 59000 Lille, '
                       'France.<br>Telephone: +33 3 20 53 76 76.</p><h2>Publication '
                       'director</h2><p>To be confirmed.</p><h2>Host</h2><p>To be confirmed '
                       '(name, address and telephone of the hosting '
                       'company).</p><h2>Content</h2><p>The texts and images of this website '
                       'belong to Le Partenariat unless stated otherwise. This website sets '
                       'no cookies to measure its audience or for advertising, and loads '
                       'nothing from another website, except the player of a video you choose '
                       'to play.</p>',
                       '<h2>Content</h2><p>The texts and images of this website belong to Le '
                       'Partenariat unless stated otherwise. This website sets no cookies to '
                       'measure its audience or for advertising, and loads nothing from '
                       'another website, except the player of a video you choose to '
                       'play.</p>')}}

LEGAL_NOTICE = {
    "seed_key": "legal-notice",
    "publisher_name": "Le Partenariat",
    "publisher_address": "71 rue Victor-Renard\n59000 Lille, France",
    "phone": "+33 3 20 53 76 76",
    "to_confirm": True,
}


def forward(apps, schema_editor):
    page = apps.get_model("association", "Page")
    correct_seeded_texts(page, CHANGES)
    correct_seeded_texts(page, CHANGES_AFTER_VIDEOS)
    notice = apps.get_model("association", "LegalNotice")
    # Only on a site that was seeded: a fresh database gets the row from seed_content.
    if apps.get_model("association", "Page").objects.filter(seed_key="legal").exists():
        notice.objects.get_or_create(
            seed_key=LEGAL_NOTICE["seed_key"],
            defaults={k: v for k, v in LEGAL_NOTICE.items() if k != "seed_key"},
        )


def backward(apps, schema_editor):
    correct_seeded_texts(apps.get_model("association", "Page"), CHANGES, forward=False)


class Migration(migrations.Migration):
    dependencies = [("association", "0015_legal_notice")]

    operations = [migrations.RunPython(forward, backward)]

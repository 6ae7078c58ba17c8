"""The association's WordPress site as the tests export it: French first, English through
Polylang, Divi markup, photos and PDFs in an uploads folder (#24)."""

import pytest

from tests.factories import ProgrammeFactory
from tests.images import encoded, photo
from tests.pdfs import make_pdf
from tests.wordpress import exports
from tests.wordpress.exports import SITE, attachment, item

DIVI_BODY = (
    '[et_pb_section fb_built="1" _builder_version="4.9"][et_pb_row][et_pb_column type="4_4"]'
    '[et_pb_text _builder_version="4.9"]<p>Le centre Gaïa a reçu une évaluation '
    "<strong>plus que satisfaisante</strong>.</p>"
    f'<p>Lire aussi <a href="{SITE}/les-%c3%a9coles-de-podor/">les écoles de Podor</a> '
    f'et <a href="{SITE}/wp-content/uploads/2019/05/rapport-2018.pdf">le rapport</a>.</p>'
    "[/et_pb_text]"
    '[et_pb_video src="https://www.youtube.com/watch?v=dQw4w9WgXcQ"][/et_pb_video]'
    "[/et_pb_column][/et_pb_row][/et_pb_section]"
)
CAPTION_BODY = (
    "Les enfants de Podor ont enfin de l'eau.\n\n"
    '[caption id="attachment_31" align="aligncenter" width="300"]'
    f'<img class="size-medium wp-image-31" src="{SITE}/wp-content/uploads/2019/05/'
    'puits-300x200.jpg" alt="Le puits" width="300" height="200" /> Le puits de l’école[/caption]'
    "\n\nUne deuxième ligne\net sa suite.\n\n"
    '[gallery ids="32"]\n\n'
    "https://vimeo.com/76979871\n\n"
    '<script>alert("old plugin")</script><p onclick="steal()">Fin.</p>'
)
PAGE_BODY = (
    "<!-- wp:paragraph --><p>Le PAEMS équipe les écoles en eau.</p><!-- /wp:paragraph -->"
    '<!-- wp:image {"id":31} --><figure class="wp-block-image"><img src="'
    f'{SITE}/wp-content/uploads/2019/05/puits.jpg" alt="Le puits" class="wp-image-31"/>'
    "<figcaption>Le puits de Podor</figcaption></figure><!-- /wp:image -->"
    '<!-- wp:embed --><figure class="wp-block-embed"><div class="wp-block-embed__wrapper">'
    "\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ\n</div></figure><!-- /wp:embed -->"
    "<!-- wp:paragraph --><p>Résultats : 124 écoles.</p><!-- /wp:paragraph -->"
)
PAGE_BODY_EN = (
    "<p>PAEMS brings water to schools.</p>"
    f'<img src="{SITE}/wp-content/uploads/2019/05/puits-300x200.jpg" alt="The well" '
    'class="wp-image-31">'
    "\n\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ\n\n<p>Results: 124 schools.</p>"
)


@pytest.fixture
def uploads(tmp_path):
    folder = tmp_path / "uploads"
    (folder / "2019" / "05").mkdir(parents=True)
    (folder / "2019" / "05" / "centre-gaia.jpg").write_bytes(encoded(photo((400, 300))))
    (folder / "2019" / "05" / "puits.jpg").write_bytes(encoded(photo((300, 200))))
    (folder / "2019" / "05" / "ecole.png").write_bytes(encoded(photo((200, 100)), "PNG"))
    (folder / "2019" / "05" / "rapport-2018.pdf").write_bytes(make_pdf())
    (folder / "2019" / "05" / "formulaire.pdf").write_bytes(make_pdf(javascript=True))
    return folder


def french_site_items():
    return [
        attachment(30, "2019/05/centre-gaia.jpg", alt="La façade du centre Gaïa", parent=10),
        attachment(31, "2019/05/puits.jpg", alt="Le puits", caption="Le puits de l’école"),
        attachment(32, "2019/05/ecole.png"),
        attachment(40, "2019/05/rapport-2018.pdf", title="Rapport d’activités 2018"),
        attachment(41, "2019/05/formulaire.pdf", title="Formulaire d’adhésion"),
        attachment(42, "2019/05/absent.jpg"),
        item(
            10,
            "Une évaluation plus que satisfaisante pour le centre Gaïa",
            slug="une-evaluation-plus-que-satisfaisante-pour-le-centre-gaia",
            content=DIVI_BODY,
            excerpt="Le centre Gaïa a été évalué.",
            language="fr",
            group="pll_5cd",
            categories=[("paems", "PAEMS"), ("vie-associative", "Vie associative")],
            meta={"_thumbnail_id": "30"},
        ),
        item(
            11,
            "A more than satisfactory evaluation for Centre Gaïa",
            slug="a-more-than-satisfactory-evaluation",
            link=f"{SITE}/en/a-more-than-satisfactory-evaluation/",
            content="<p>Centre Gaïa was evaluated.</p>",
            language="en",
            group="pll_5cd",
            meta={"_thumbnail_id": "30"},
        ),
        item(
            12,
            "Les écoles de Podor ont de l’eau",
            slug="les-%c3%a9coles-de-podor",
            link=f"{SITE}/les-%c3%a9coles-de-podor/",
            content=CAPTION_BODY,
            language="fr",
        ),
        item(
            13,
            "Assemblée générale 2027",
            status="future",
            date_gmt="2027-03-01 17:00:00",
            language="fr",
        ),
        item(
            14,
            "Brouillon",
            status="draft",
            date_gmt="0000-00-00 00:00:00",
            language="fr",
            link=f"{SITE}/?p=14",
        ),
        item(15, "En attente de relecture", status="pending", language="fr"),
        item(16, "Réservé aux membres", status="private", language="fr"),
        item(17, "Protégé", password="secret", language="fr"),
        item(18, "Dans la corbeille", status="trash", language="fr"),
        item(
            19,
            "Only in English",
            language="en",
            slug="only-in-english",
            meta={"_thumbnail_id": "42"},
        ),
        item(20, "Menu", post_type="nav_menu_item"),
        # The old site's tree: /la-cooperation-decentralisee-old/acces-aux-services-sociaux-de-base/
        # le-projet-paems, the deepest page first in the export.
        item(
            52,
            "Le projet PAEMS",
            post_type="page",
            slug="le-projet-paems",
            parent=51,
            link=f"{SITE}/la-cooperation-decentralisee-old/acces-aux-services-sociaux-de-base/"
            "le-projet-paems/",
            content=PAGE_BODY,
            language="fr",
            group="pll_page",
        ),
        item(
            51,
            "Accès aux services sociaux de base",
            post_type="page",
            slug="acces-aux-services-sociaux-de-base",
            parent=50,
            link=f"{SITE}/la-cooperation-decentralisee-old/acces-aux-services-sociaux-de-base/",
            language="fr",
        ),
        item(
            50,
            "La coopération décentralisée",
            post_type="page",
            slug="la-cooperation-decentralisee-old",
            content="Depuis 1981, Lille et Saint-Louis coopèrent.",
            language="fr",
        ),
        item(
            53,
            "The PAEMS project",
            post_type="page",
            slug="the-paems-project",
            parent=51,
            link=f"{SITE}/en/the-paems-project/",
            content=PAGE_BODY_EN,
            language="en",
            group="pll_page",
        ),
        item(54, "Actualités", post_type="page", slug="actualites", language="fr"),
    ]


@pytest.fixture
def export_file(tmp_path):
    return exports.write(tmp_path / "lepartenariat.WordPress.2026-12-07.xml", french_site_items())


@pytest.fixture
def paems(db):
    return ProgrammeFactory(acronym="PAEMS", slug_fr="paems", slug_en="paems")

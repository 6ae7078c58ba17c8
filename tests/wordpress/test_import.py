"""The association's WordPress site carried over: news, pages, documents, images,
programmes, statuses and Polylang pairs (#24)."""

import datetime

import pytest
from django.core.management import call_command

from documents.models import Document
from news.models import NewsPost
from pages.models import Kind, Page
from tests.images import encoded, photo
from tests.wordpress import exports
from wordpress.models import ImportRun


@pytest.fixture
def imported(export_file, uploads, paems, capsys):
    call_command("import_wordpress", str(export_file), uploads=str(uploads))
    return capsys.readouterr().out


def post(title_fr):
    return NewsPost.objects.get(title_fr=title_fr)


@pytest.mark.django_db
def test_a_polylang_pair_becomes_one_bilingual_news_post(imported):
    evaluation = post("Une évaluation plus que satisfaisante pour le centre Gaïa")
    assert evaluation.title_en == "A more than satisfactory evaluation for Centre Gaïa"
    assert evaluation.slug_fr == "une-evaluation-plus-que-satisfaisante-pour-le-centre-gaia"
    assert evaluation.slug_en == "a-more-than-satisfactory-evaluation"
    assert evaluation.summary_fr == "Le centre Gaïa a été évalué."
    assert evaluation.body_en == "<p>Centre Gaïa was evaluated.</p>"
    assert NewsPost.objects.filter(title_en__startswith="A more than").count() == 1


@pytest.mark.django_db
def test_divi_markup_leaves_only_text_and_a_video_link(imported):
    body = post("Une évaluation plus que satisfaisante pour le centre Gaïa").body_fr
    assert body == (
        "<p>Le centre Gaïa a reçu une évaluation <strong>plus que satisfaisante</strong>.</p>"
        '<p>Lire aussi <a href="/fr/actualites/les-ecoles-de-podor/">les écoles de Podor</a> '
        'et <a href="/fr/documents/rapport-dactivites-2018/">le rapport</a>.</p>\n'
        '<p><a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ" rel="noopener">'
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ</a></p>"
    )


@pytest.mark.django_db
def test_captions_paragraphs_and_scripts_are_cleaned(imported):
    podor = post("Les écoles de Podor ont de l’eau")
    assert podor.slug_fr == "les-ecoles-de-podor"
    assert podor.body_fr == (
        "<p>Les enfants de Podor ont enfin de l'eau.</p>\n"
        "<p>Une deuxième ligne<br>\net sa suite.</p>\n"
        '<p><a href="https://vimeo.com/76979871" rel="noopener">https://vimeo.com/76979871</a>'
        "</p>\n<p>Fin.</p>"
    )
    # The captioned photo of the text becomes the post's image, its caption with it.
    assert podor.image.name == "news/puits.jpg"
    assert podor.image_alt_fr == "Le puits"
    assert podor.image_caption_fr == "Le puits de l’école"


@pytest.mark.django_db
def test_the_featured_image_comes_with_its_description(imported):
    evaluation = post("Une évaluation plus que satisfaisante pour le centre Gaïa")
    assert evaluation.image.name == "news/centre-gaia.jpg"
    assert evaluation.image_alt_fr == "La façade du centre Gaïa"
    assert evaluation.image_renditions["width"] == 400


@pytest.mark.django_db
def test_every_status_is_carried_over(imported):
    statuses = {
        title: (is_published, publish_from)
        for title, is_published, publish_from in NewsPost.objects.values_list(
            "title_fr", "is_published", "publish_from"
        )
    }
    assert statuses == {
        "Une évaluation plus que satisfaisante pour le centre Gaïa": (True, None),
        "Les écoles de Podor ont de l’eau": (True, None),
        "Assemblée générale 2027": (
            True,
            datetime.datetime(2027, 3, 1, 17, 0, tzinfo=datetime.UTC),
        ),
        "Brouillon": (False, None),
        "En attente de relecture": (False, None),
        "Réservé aux membres": (False, None),
        "Protégé": (False, None),
        "Only in English": (True, None),
    }
    assert post("Les écoles de Podor ont de l’eau").published_on == datetime.date(2019, 5, 14)


@pytest.mark.django_db
def test_an_english_only_post_is_marked_for_translation(imported):
    english = NewsPost.objects.get(title_en="Only in English")
    assert english.title_fr == "Only in English"
    assert english.to_confirm is True


@pytest.mark.django_db
def test_categories_become_programmes_by_name(imported, paems):
    evaluation = post("Une évaluation plus que satisfaisante pour le centre Gaïa")
    assert list(evaluation.programmes.all()) == [paems]


@pytest.mark.django_db
def test_a_mapping_file_names_the_programme_of_a_category(
    export_file, uploads, paems, tmp_path, capsys
):
    mapping = tmp_path / "programmes.csv"
    mapping.write_text("vie-associative,PAEMS\npaems,\n", encoding="utf-8")
    call_command("import_wordpress", str(export_file), programmes=str(mapping))
    evaluation = post("Une évaluation plus que satisfaisante pour le centre Gaïa")
    assert list(evaluation.programmes.all()) == [paems]
    assert "match no programme" not in capsys.readouterr().out


@pytest.mark.django_db
def test_pdfs_go_through_the_document_library(imported):
    report = Document.objects.get()
    assert report.title_fr == "Rapport d’activités 2018"
    assert report.slug_fr == "rapport-dactivites-2018"
    assert report.page_count == 1
    assert report.file.name.startswith("documents/")
    assert report.file.name.endswith("/rapport-2018.pdf")
    assert report.is_published is True


@pytest.mark.django_db
def test_pages_keep_their_tree_and_their_content_becomes_sections(imported):
    project = Page.objects.get(title_fr="Le projet PAEMS")
    assert project.path_fr == (
        "la-cooperation-decentralisee-old/acces-aux-services-sociaux-de-base/le-projet-paems"
    )
    assert project.title_en == "The PAEMS project"
    # Its parent has no English yet: the English address waits for it, and it is reported.
    assert project.path_en is None
    sections = [
        (section.kind, section.body_fr, section.body_en, section.video_url)
        for section in project.sections.all()
    ]
    assert sections == [
        (
            Kind.TEXT,
            "<p>Le PAEMS équipe les écoles en eau.</p>",
            "<p>PAEMS brings water to schools.</p>",
            "",
        ),
        (Kind.IMAGE, "", None, ""),
        (Kind.VIDEO, "", None, "https://www.youtube.com/watch?v=dQw4w9WgXcQ"),
        (Kind.TEXT, "<p>Résultats : 124 écoles.</p>", "<p>Results: 124 schools.</p>", ""),
    ]
    picture = project.sections.get(kind=Kind.IMAGE)
    assert (picture.image_alt_fr, picture.image_alt_en) == ("Le puits", "The well")
    assert picture.image_caption_fr == "Le puits de l’école"


@pytest.mark.django_db
def test_a_page_never_takes_the_address_of_a_section_of_the_site(imported):
    assert Page.objects.get(title_fr="Actualités").path_fr == "actualites-2"


@pytest.mark.django_db
def test_the_report_says_what_was_left_out_and_why(imported):
    # The command speaks the site's default language, French, as the admin does.
    assert (
        "Actualités\N{NO-BREAK SPACE}: publiés 3, programmés 1, non publiés 4, créés 8, "
        "non importés 1"
    ) in imported
    assert "Documents\N{NO-BREAK SPACE}: créés 1, non importés 1" in imported
    assert "nav_menu_item 1" in imported
    assert "post 17 “Protégé” (mot de passe)" in imported
    assert "post 14 “Brouillon” (draft)" in imported
    assert "Vie associative (vie-associative)" in imported
    assert "post 19 “Only in English”: 2019/05/absent.jpg" in imported
    assert "attachment 41 “Formulaire d’adhésion”: Ce PDF contient du JavaScript" in imported
    assert "post 18 “Dans la corbeille”" in imported
    assert "page 53 “The PAEMS project” (en)" in imported
    assert ImportRun.objects.get().report["counts"]["news:created"] == 8


@pytest.mark.django_db
def test_an_upload_path_cannot_leave_the_uploads_folder(tmp_path, uploads, capsys):
    (tmp_path / "secret.jpg").write_bytes(encoded(photo((40, 30))))
    path = exports.write(
        tmp_path / "export.xml",
        [
            exports.attachment(5, "../secret.jpg"),
            exports.item(6, "Curieux", meta={"_thumbnail_id": "5"}),
        ],
    )
    call_command("import_wordpress", str(path), uploads=str(uploads))
    assert NewsPost.objects.get().image.name == ""
    assert "post 6 “Curieux”: ../secret.jpg" in capsys.readouterr().out


@pytest.mark.django_db
def test_a_translation_whose_french_is_in_the_bin_stands_alone(tmp_path):
    path = exports.write(
        tmp_path / "export.xml",
        [
            exports.item(70, "Supprimé", status="trash", language="fr", group="pll_bin"),
            exports.item(71, "Still here", language="en", group="pll_bin", slug="still-here"),
        ],
    )
    call_command("import_wordpress", str(path))
    post = NewsPost.objects.get()
    assert (post.title_fr, post.title_en, post.is_published) == ("Still here", "Still here", True)
    assert post.to_confirm is True

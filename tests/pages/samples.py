"""A page with every kind of section, for the page and browser tests (#23)."""

from pages.models import Action, Kind
from tests.factories import DocumentFactory, KeyFigureFactory, SectionFactory
from tests.images import encoded, photo, upload
from tests.pdfs import pdf_upload

VIDEO = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"


def picture(name):
    return upload(name, encoded(photo((800, 450))), "image/jpeg")


def every_kind(page, target):
    """One section of each kind, in the order a programme page of the old site has them."""
    figure = KeyFigureFactory(value_fr="124", label_fr="écoles équipées d’eau")
    document = DocumentFactory(title_fr="Rapport 2019", file=pdf_upload())
    SectionFactory(page=page, order=1, kind=Kind.TEXT, heading_fr="En bref")
    SectionFactory(
        page=page,
        order=2,
        kind=Kind.IMAGE,
        heading_fr="",
        heading_en="",
        image=picture("ecole.jpg"),
        image_alt_fr="Des élèves au point d’eau de leur école",
        image_alt_en="Pupils at the water point of their school",
        image_caption_fr="Podor, 2019",
        image_caption_en="Podor, 2019",
    )
    SectionFactory(
        page=page,
        order=3,
        kind=Kind.FACTS,
        heading_fr="Contexte",
        facts_fr="Durée : 2012–2022\nPays : Sénégal, Maroc, Guinée",
        facts_en="Duration: 2012–2022\nCountries: Senegal, Morocco, Guinea",
    )
    SectionFactory(page=page, order=4, kind=Kind.FIGURES, heading_fr="Résultats").key_figures.add(
        figure
    )
    SectionFactory(page=page, order=5, kind=Kind.DOCUMENTS, heading_fr="À lire").documents.add(
        document
    )
    SectionFactory(
        page=page,
        order=6,
        kind=Kind.CALL_TO_ACTION,
        heading_fr="",
        heading_en="",
        action=Action.PAGE,
        target_page=target,
        button_label_fr="Découvrir le projet",
        button_label_en="Discover the project",
    )
    SectionFactory(
        page=page,
        order=7,
        kind=Kind.QUOTE,
        heading_fr="",
        heading_en="",
        quote_fr="L’eau a changé la vie de l’école.",
        quote_en="Water changed the life of the school.",
        quote_author_fr="Aminata Diop, directrice d’école",
        quote_author_en="Aminata Diop, head teacher",
    )
    SectionFactory(
        page=page,
        order=8,
        kind=Kind.VIDEO,
        heading_fr="La mangrove en images",
        video_url=VIDEO,
        image=picture("mangrove.jpg"),
        image_is_decorative=True,
    )
    SectionFactory(
        page=page,
        order=9,
        kind=Kind.CALL_TO_ACTION,
        heading_fr="Nous aider",
        action=Action.GIVE,
        button_label_fr="Donner",
        button_label_en="Give",
    )
    SectionFactory(page=page, order=10, kind=Kind.TEXT, heading_fr="Méthodologie")

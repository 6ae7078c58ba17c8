"""Valid objects with both languages filled; a test overrides only what it is about."""

import datetime

import factory

from association.models import Country, Funding, KeyFigure, Page, Partner, Programme
from contact.models import Closure, ContactMessage, OpeningHours, Place, SocialLink
from documents.models import Document, Kind, Language
from events.models import Event
from news.models import NewsPost
from newsletter.models import Subscription
from offers.models import Offer
from pages.models import Kind as SectionKind
from pages.models import MenuEntry, Section
from pages.models import Page as StaffPage
from support.models import SupportSettings
from timeline.models import TimelineEvent
from workshops.models import BookingRequest, Level, Workshop


class CountryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Country
        django_get_or_create = ["code"]

    code = "SN"
    name_fr = "Sénégal"
    name_en = "Senegal"


class PartnerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Partner

    name_fr = factory.Sequence(lambda n: f"Partenaire {n}")
    name_en = factory.Sequence(lambda n: f"Partner {n}")


class ProgrammeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Programme

    acronym = factory.Sequence(lambda n: f"P{n}")
    name_fr = factory.Sequence(lambda n: f"Programme numéro {n}")
    name_en = factory.Sequence(lambda n: f"Programme number {n}")
    slug_fr = factory.Sequence(lambda n: f"programme-numero-{n}")
    slug_en = factory.Sequence(lambda n: f"programme-number-{n}")
    summary_fr = "Un résumé en français."
    summary_en = "A summary in English."
    body_fr = "<p>Le texte en français.</p>"
    body_en = "<p>The text in English.</p>"
    start_year = 2012
    is_published = True


class KeyFigureFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = KeyFigure

    programme = factory.SubFactory(ProgrammeFactory)
    value_fr = "124"
    value_en = "124"
    label_fr = "écoles équipées"
    label_en = "schools equipped"
    source_fr = "Rapport d’activité"
    source_en = "Activity report"


class TimelineEventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TimelineEvent

    year = factory.Sequence(lambda n: 1981 + n % 45)
    title_fr = factory.Sequence(lambda n: f"Étape numéro {n}")
    title_en = factory.Sequence(lambda n: f"Step number {n}")
    body_fr = "<p>Ce qui s’est passé.</p>"
    body_en = "<p>What happened.</p>"
    is_published = True


class PlaceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Place

    name_fr = factory.Sequence(lambda n: f"Lieu {n}")
    name_en = factory.Sequence(lambda n: f"Place {n}")
    street_address = "71 rue Victor-Renard"
    postal_code = "59000"
    locality = "Lille"
    country = "FR"
    phone = "+33 3 20 53 76 76"
    time_zone = "Europe/Paris"


class OpeningHoursFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = OpeningHours

    place = factory.SubFactory(PlaceFactory)
    weekday = 1
    opens = datetime.time(9, 0)
    closes = datetime.time(12, 30)


class ClosureFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Closure

    place = factory.SubFactory(PlaceFactory)
    start_date = datetime.date(2026, 12, 24)
    end_date = datetime.date(2027, 1, 2)
    reason_fr = "Vacances de Noël"
    reason_en = "Christmas holidays"


class SocialLinkFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SocialLink

    network = SocialLink.Network.FACEBOOK
    url = "https://www.facebook.com/example"


class ContactMessageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ContactMessage

    name = "Camille Martin"
    email = "camille@example.org"
    subject = ContactMessage.Subject.GENERAL
    message = "Bonjour, je voudrais en savoir plus sur vos ateliers."
    language = "fr"
    consent = True


# Centre Gaïa workshops (#10)


class WorkshopFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Workshop

    title_fr = factory.Sequence(lambda n: f"Atelier numéro {n}")
    title_en = factory.Sequence(lambda n: f"Workshop number {n}")
    slug_fr = factory.Sequence(lambda n: f"atelier-numero-{n}")
    slug_en = factory.Sequence(lambda n: f"workshop-number-{n}")
    summary_fr = "Un atelier d’immersion."
    summary_en = "An immersion workshop."
    level_from = Level.CE2
    level_to = Level.TROISIEME
    duration_minutes = 180
    capacity = 30
    place = factory.SubFactory(PlaceFactory, closed_on_public_holidays=True)


class BookingRequestFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = BookingRequest

    workshop = factory.SubFactory(WorkshopFactory)
    place = factory.SelfAttribute("workshop.place")
    school = "École Jules Ferry"
    town = "Roubaix"
    contact_name = "Claire Martin"
    email = "claire.martin@example.org"
    phone = "+33 3 20 00 00 00"
    class_level = Level.CM2
    pupils = 28
    language = "fr"


class PageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Page
        django_get_or_create = ["key"]

    key = Page.Key.PRIVACY
    title_fr = factory.Sequence(lambda n: f"Page numéro {n}")
    title_en = factory.Sequence(lambda n: f"Page number {n}")
    intro_fr = "Une introduction."
    intro_en = "An introduction."
    body_fr = "<p>Le texte de la page.</p>"
    body_en = "<p>The text of the page.</p>"


class OfferFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Offer

    title_fr = factory.Sequence(lambda n: f"Chargé de mission numéro {n}")
    title_en = factory.Sequence(lambda n: f"Project officer number {n}")
    slug_fr = factory.Sequence(lambda n: f"charge-de-mission-{n}")
    slug_en = factory.Sequence(lambda n: f"project-officer-{n}")
    kind = Offer.Kind.JOB
    summary_fr = "Un poste à Lille."
    summary_en = "A position in Lille."
    place_fr = "Lille"
    place_en = "Lille"
    contract_fr = "CDI, temps plein"
    contract_en = "Permanent contract, full time"
    description_fr = "<p>Les missions en français.</p>"
    description_en = "<p>The duties in English.</p>"
    apply_email = "recrutement@example.org"
    posted_on = factory.LazyFunction(lambda: datetime.date.today() - datetime.timedelta(days=3))
    closes_on = factory.LazyFunction(lambda: datetime.date.today() + datetime.timedelta(days=30))
    is_published = True


class SupportSettingsFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SupportSettings

    why_give_fr = "<p>Pourquoi nous soutenir, en français.</p>"
    why_give_en = "<p>Why support us, in English.</p>"
    giving_url = "https://www.helloasso.com/associations/le-partenariat"
    cheque_instructions_fr = "À l’ordre du Partenariat."
    cheque_instructions_en = "Payable to Le Partenariat."
    membership_url = "https://www.helloasso.com/associations/le-partenariat/adhesions"
    membership_fee = 25
    gives_tax_reduction = True
    volunteering_text_fr = "Rejoignez les bénévoles."
    volunteering_text_en = "Join the volunteers."
    to_confirm = False


class SubscriptionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Subscription

    email = factory.Sequence(lambda n: f"reader{n}@example.org")
    language = "fr"
    status = Subscription.Status.CONFIRMED
    consent_text = "J’accepte de recevoir la lettre d’information du Partenariat par e-mail."


class FundingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Funding

    partner = factory.SubFactory(PartnerFactory, role=Partner.Role.FUNDER)
    programme = factory.SubFactory(ProgrammeFactory)
    wording_fr = factory.LazyAttribute(lambda f: f"Avec le soutien de {f.partner.name_fr}")
    wording_en = factory.LazyAttribute(lambda f: f"With the support of {f.partner.name_en}")


class DocumentFactory(factory.django.DjangoModelFactory):
    """A published document; pass `file=pdf_upload(...)` to give it a real PDF, or use
    `with_file()` for rows built in bulk."""

    class Meta:
        model = Document

    title_fr = factory.Sequence(lambda n: f"Rapport d’activités {2000 + n % 25} n° {n}")
    title_en = factory.Sequence(lambda n: f"Activity report {2000 + n % 25} no. {n}")
    slug_fr = factory.Sequence(lambda n: f"rapport-{n}")
    slug_en = factory.Sequence(lambda n: f"report-{n}")
    kind = Kind.ACTIVITY_REPORT
    year = 2020
    language = Language.FRENCH
    summary_fr = "Ce que nous avons fait cette année."
    summary_en = "What we did this year."
    is_published = True


def stored_document_fields(n=0):
    """Columns of a document whose PDF is already stored, for bulk_create."""
    return {
        "file": f"documents/rapport-{n}.pdf",
        "page_count": 32,
        "file_size": 2_400_000,
        "text": "L’accès à l’eau dans les écoles.",
    }


# News and agenda (#15)


class NewsPostFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = NewsPost

    title_fr = factory.Sequence(lambda n: f"Actualité numéro {n}")
    title_en = factory.Sequence(lambda n: f"News post number {n}")
    slug_fr = factory.Sequence(lambda n: f"actualite-numero-{n}")
    slug_en = factory.Sequence(lambda n: f"news-post-number-{n}")
    summary_fr = "Un résumé de l’actualité."
    summary_en = "A summary of the post."
    body_fr = "<p>Le texte de l’actualité.</p>"
    body_en = "<p>The text of the post.</p>"
    published_on = factory.Sequence(
        lambda n: datetime.date(2020, 1, 1) + datetime.timedelta(days=n)
    )
    is_published = True


class EventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Event

    title_fr = factory.Sequence(lambda n: f"Événement numéro {n}")
    title_en = factory.Sequence(lambda n: f"Event number {n}")
    slug_fr = factory.Sequence(lambda n: f"evenement-numero-{n}")
    slug_en = factory.Sequence(lambda n: f"event-number-{n}")
    summary_fr = "Un résumé de l’événement."
    summary_en = "A summary of the event."
    start_date = datetime.date(2027, 3, 9)
    is_published = True


# Pages, sections and menus staff make (#23)


class StaffPageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = StaffPage

    title_fr = factory.Sequence(lambda n: f"Page {n}")
    title_en = factory.Sequence(lambda n: f"Page {n} in English")
    slug_fr = factory.Sequence(lambda n: f"page-{n}")
    slug_en = factory.Sequence(lambda n: f"page-{n}-en")
    introduction_fr = "Une introduction."
    introduction_en = "An introduction."
    is_published = True


class SectionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Section

    page = factory.SubFactory(StaffPageFactory)
    kind = SectionKind.TEXT
    heading_fr = factory.Sequence(lambda n: f"Partie {n}")
    heading_en = factory.Sequence(lambda n: f"Part {n}")
    body_fr = "<p>Le texte de la partie.</p>"
    body_en = "<p>The text of the part.</p>"


class MenuEntryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MenuEntry

    label_fr = factory.Sequence(lambda n: f"Entrée {n}")
    label_en = factory.Sequence(lambda n: f"Entry {n}")
    section = "news:list"

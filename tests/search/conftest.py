import pytest

from tests.factories import PlaceFactory, ProgrammeFactory, TimelineEventFactory


@pytest.fixture
def corpus(db):
    """A small site whose every text is chosen for the ranking table: one record per answer."""
    return {
        "gaia": ProgrammeFactory(
            acronym="",
            name_fr="Centre Gaïa",
            name_en="Centre Gaïa",
            slug_fr="centre-gaia",
            slug_en="centre-gaia",
            summary_fr="Éducation à la citoyenneté et à la solidarité internationale.",
            summary_en="Education for citizenship and international solidarity.",
            body_fr="<p>Des ateliers d’immersion à Lille.</p>",
            body_en="<p>Immersion workshops in Lille.</p>",
        ),
        "paems": ProgrammeFactory(
            acronym="PAEMS",
            name_fr="Programme d’Accès à l’Eau en Milieu Scolaire",
            name_en="Programme for Access to Water in Schools",
            slug_fr="paems-acces-eau",
            slug_en="paems-water-access",
            summary_fr="Des fontaines et des latrines dans les écoles.",
            summary_en="Fountains and latrines in schools.",
            body_fr="<p>Raccordements à l’<strong>eau</strong> potable.</p>",
            body_en="<p>Connections to drinking <strong>water</strong>.</p>",
        ),
        "paer": ProgrammeFactory(
            acronym="PAER",
            name_fr="Programme d’Accès aux Énergies Renouvelables",
            name_en="Programme for Access to Renewable Energy",
            slug_fr="paer-energies-renouvelables",
            slug_en="paer-renewable-energy",
            summary_fr="Des plateformes solaires au Sénégal.",
            summary_en="Solar platforms in Senegal.",
            body_fr="<p>Énergie solaire et biogaz, lancés en 2017.</p>",
            body_en="<p>Solar energy and biogas, launched in 2017.</p>",
        ),
        "school": TimelineEventFactory(
            year=1986,
            title_fr="Une école au village",
            title_en="A classroom in the village",
            body_fr="<p>Les habitants construisent une classe.</p>",
            body_en="<p>The villagers build a classroom.</p>",
        ),
        "volunteers": TimelineEventFactory(
            year=1990,
            title_fr="Premiers volontaires en Guinée",
            title_en="First volunteers in Guinea",
            body_fr="<p>Des jeunes partent en chantier.</p>",
            body_en="<p>Young people leave for work camps.</p>",
        ),
        "lille": PlaceFactory(
            name_fr="Siège de Lille",
            name_en="Lille head office",
            description_fr="Le siège de l’association.",
            description_en="The association’s head office.",
        ),
    }

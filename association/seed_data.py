"""Seed content of the Le Partenariat website, in French and English.

The content lives in code rather than in a fixture so that it is reviewed like code and so
that `seed_content` can get_or_create each record on its "key" natural key (stored as
seed_key): a record that already exists is left untouched, so re-running the command never
overwrites what staff have edited in the admin.

Sources: the association's own history text (shared/seed/histoire-le-partenariat.txt), whose
French sentences are kept, corrected where they were wrong out of their context or lacked their
accents (#18: "Élargissement", "À Lille", "Union européenne", "En 2017" for "L'année suivante"),
and shared/seed/facts.md (addresses, programme facts, funders). Editorial choices:

- Diapalanté (Saint-Louis) is seeded as a place, not as a programme: the sources describe a
  building that houses the Saint-Louis office and a training and insertion centre. Its
  timeline event and key figure therefore have "programme": None.
- A number shown as a KEY_FIGURES record is not repeated in the programme bodies or pages
  written for this module, so that the site shows one version of each figure; the history
  sentences keep their figures because they are quoted as written.
- "to_confirm": True marks placeholders and values staff must check: email addresses,
  social accounts, opening hours, address currency; on programmes (a SeededModel field too),
  Global School (taken to be the "Global Schools" project of 2015-2018 in facts.md) and the
  start year of Citizen School and Jouons Ensemble pour l'Union Européenne, which no source
  dates (2019 is inferred from "Parallèlement" in the history text; start_year is required).
- The history text's Centre Gaïa section has no year of its own: it is seeded as 2010-2019,
  after the 2010s introduction, marked to confirm (#18), with Mondialis'Action (2019) as its own
  event.
- Hours are keyed by date.weekday() (0 = Monday); a day that is absent is closed.
- Partners get a "full_name" only when their short name abbreviates one; otherwise "".
"""

COUNTRIES = [  # ISO 3166-1 alpha-2
    {"code": "FR", "name_fr": "France", "name_en": "France"},
    {"code": "SN", "name_fr": "Sénégal", "name_en": "Senegal"},
    {"code": "MA", "name_fr": "Maroc", "name_en": "Morocco"},
    {"code": "GN", "name_fr": "Guinée", "name_en": "Guinea"},
]


PARTNERS = [
    {
        "key": "afd",
        "role": "funder",
        "name_fr": "AFD",
        "name_en": "AFD",
        "full_name_fr": "Agence française de développement",
        "full_name_en": "French Development Agency",
        "url": "",
    },
    {
        "key": "studio-globo",
        "role": "partner",
        "name_fr": "Studio Globo",
        "name_en": "Studio Globo",
        "full_name_fr": "",
        "full_name_en": "",
        "url": "",
    },
    {
        "key": "ville-de-lille",
        "to_confirm_note": (
            "Partenaire déduit du jumelage Lille–Saint-Louis de 1981 (texte de l’histoire) : "
            "vérifier qu’il l’est toujours."
        ),
        "role": "partner",
        "name_fr": "Ville de Lille",
        "name_en": "City of Lille",
        "full_name_fr": "",
        "full_name_en": "",
        "url": "",
        "to_confirm": True,
    },
    {
        "key": "ville-de-saint-louis",
        "to_confirm_note": (
            "Partenaire déduit du jumelage Lille–Saint-Louis de 1981 (texte de l’histoire) : "
            "vérifier qu’il l’est toujours."
        ),
        "role": "partner",
        "name_fr": "Ville de Saint-Louis du Sénégal",
        "name_en": "City of Saint-Louis, Senegal",
        "full_name_fr": "",
        "full_name_en": "",
        "url": "",
        "to_confirm": True,
    },
    {
        "key": "region-doukkala-abda",
        "role": "partner",
        "name_fr": "Région de Doukkala Abda",
        "name_en": "Doukkala Abda Region",
        "full_name_fr": "",
        "full_name_en": "",
        "url": "",
    },
    {
        "key": "spfm",
        "role": "partner",
        "name_fr": "SPFM",
        "name_en": "SPFM",
        "full_name_fr": "Solidarité Partenariat France Maroc",
        "full_name_en": "France–Morocco Solidarity Partnership",
        "url": "",
    },
    {
        "key": "ville-de-paris",
        "role": "funder",
        "name_fr": "Ville de Paris",
        "name_en": "City of Paris",
        "full_name_fr": "",
        "full_name_en": "",
        "url": "",
    },
    {
        "key": "agence-eau-artois-picardie",
        "role": "funder",
        "name_fr": "Agence de l’Eau Artois-Picardie",
        "name_en": "Artois-Picardie Water Agency",
        "full_name_fr": "",
        "full_name_en": "",
        "url": "",
    },
    {
        "key": "ambassade-japon-guinee",
        "role": "funder",
        "name_fr": "Ambassade du Japon en Guinée",
        "name_en": "Embassy of Japan in Guinea",
        "full_name_fr": "",
        "full_name_en": "",
        "url": "",
    },
    {
        "key": "ard-saint-louis",
        "role": "partner",
        "name_fr": "ARD Saint-Louis",
        "name_en": "ARD Saint-Louis",
        "full_name_fr": "Agence régionale de développement de Saint-Louis",
        "full_name_en": "Saint-Louis Regional Development Agency",
        "url": "",
    },
    {
        "key": "geres",
        "role": "partner",
        "name_fr": "GERES",
        "name_en": "GERES",
        "full_name_fr": "",
        "full_name_en": "",
        "url": "",
    },
    {
        "key": "ville-dunkerque",
        "role": "partner",
        "name_fr": "Ville de Dunkerque",
        "name_en": "City of Dunkirk",
        "full_name_fr": "",
        "full_name_en": "",
        "url": "",
    },
    # Added with the partners page (#16): facts.md, "Partners and funders".
    {
        "key": "agence-eau-rmc",
        "role": "funder",
        "name_fr": "Agence de l’eau Rhône Méditerranée Corse",
        "name_en": "Rhône Mediterranean Corsica Water Agency",
        "full_name_fr": "",
        "full_name_en": "",
        "url": "",
    },
    {
        "key": "grand-lyon",
        "role": "funder",
        "name_fr": "Grand Lyon",
        "name_en": "Greater Lyon",
        "full_name_fr": "",
        "full_name_en": "",
        "url": "",
    },
    {
        "key": "mairie-bethune",
        "role": "funder",
        "name_fr": "Mairie de Béthune",
        "name_en": "Town of Béthune",
        "full_name_fr": "",
        "full_name_en": "",
        "url": "",
    },
    {
        "key": "union-europeenne",
        "role": "funder",
        "name_fr": "Union européenne",
        "name_en": "European Union",
        "full_name_fr": "",
        "full_name_en": "",
        "url": "",
    },
    {
        "key": "ard-matam",
        "role": "partner",
        "name_fr": "ARD Matam",
        "name_en": "ARD Matam",
        "full_name_fr": "Agence régionale de développement de Matam",
        "full_name_en": "Matam Regional Development Agency",
        "url": "",
    },
    {
        "key": "gret",
        "role": "partner",
        "name_fr": "GRET",
        "name_en": "GRET",
        "full_name_fr": "",
        "full_name_en": "",
        "url": "",
    },
    {
        "key": "universite-gaston-berger",
        "role": "partner",
        "name_fr": "Université Gaston Berger",
        "name_en": "Gaston Berger University",
        "full_name_fr": "",
        "full_name_en": "",
        "url": "",
    },
    {
        "key": "ados",
        "role": "partner",
        "name_fr": "ADOS",
        "name_en": "ADOS",
        "full_name_fr": "",
        "full_name_en": "",
        "url": "",
    },
    {
        "key": "aref-marrakech-safi",
        "role": "partner",
        "name_fr": "AREF Marrakech-Safi",
        "name_en": "AREF Marrakech-Safi",
        "full_name_fr": "Académie régionale d’éducation et de formation Marrakech-Safi",
        "full_name_en": "Marrakech-Safi Regional Academy of Education and Training",
        "url": "",
    },
    {
        "key": "hydroconseil",
        "role": "evaluator",
        "name_fr": "Hydroconseil",
        "name_en": "Hydroconseil",
        "full_name_fr": "",
        "full_name_en": "",
        "url": "",
    },
    {
        "key": "dris",
        "role": "evaluator",
        "name_fr": "DRIS",
        "name_en": "DRIS",
        "full_name_fr": "",
        "full_name_en": "",
        "url": "",
    },
    {
        "key": "cota",
        "role": "evaluator",
        "name_fr": "COTA",
        "name_en": "COTA",
        "full_name_fr": "",
        "full_name_en": "",
        "url": "",
    },
]

# A partner's grants to a programme (#16), from facts.md, "Partners and funders". Dates only
# where the facts give them: a year alone is seeded as that whole year and marked to confirm.
# Not seeded: the European Union's grants (to Global Issues – Global Subjects and Erasmus+,
# neither a programme of the site) and AFD's to PAER phase II (no dates given).
FUNDINGS = [
    {
        "key": "afd-paems",
        "partner": "afd",
        "programme": "paems",
        "wording_fr": "Avec le soutien de l’AFD",
        "wording_en": "With the support of AFD",
        "to_confirm": True,
    },
    {
        "key": "ville-de-paris-paems-2016",
        "partner": "ville-de-paris",
        "programme": "paems",
        "start_date": "2016-01-01",
        "end_date": "2016-12-31",
        "wording_fr": "Avec le soutien de la Ville de Paris",
        "wording_en": "With the support of the City of Paris",
        "to_confirm": True,
    },
    {
        "key": "agence-eau-artois-picardie-paems",
        "partner": "agence-eau-artois-picardie",
        "programme": "paems",
        "wording_fr": "Avec le soutien de l’Agence de l’Eau Artois-Picardie",
        "wording_en": "With the support of the Artois-Picardie Water Agency",
        "to_confirm": True,
    },
    {
        "key": "ambassade-japon-paems-2018",
        "partner": "ambassade-japon-guinee",
        "programme": "paems",
        "start_date": "2018-01-01",
        "end_date": "2018-12-31",
        "wording_fr": "Avec le soutien de l’Ambassade du Japon en Guinée",
        "wording_en": "With the support of the Embassy of Japan in Guinea",
        "to_confirm": True,
    },
    *(
        {
            "key": f"{partner}-paems-2025",
            "partner": partner,
            "programme": "paems",
            "start_date": "2025-01-01",
            "end_date": "2025-12-31",
            "wording_fr": f"Avec le soutien {name_fr}",
            "wording_en": f"With the support of {name_en}",
            "to_confirm": True,
        }
        for partner, name_fr, name_en in (
            (
                "agence-eau-rmc",
                "de l’Agence de l’eau Rhône Méditerranée Corse",
                "the Rhône Mediterranean Corsica Water Agency",
            ),
            ("grand-lyon", "du Grand Lyon", "Greater Lyon"),
            ("mairie-bethune", "de la Mairie de Béthune", "the Town of Béthune"),
        )
    ),
    {
        # Phase III: June 2023 – May 2026 (facts.md); the days are the months' first and last.
        "key": "afd-paer-phase-3",
        "partner": "afd",
        "programme": "paer",
        "start_date": "2023-06-01",
        "end_date": "2026-05-31",
        "wording_fr": "Avec le soutien de l’AFD",
        "wording_en": "With the support of AFD",
        "to_confirm": True,
    },
    {
        # "Avenir citoyen et solidaire", 1,100,000 € over three years (years not given).
        "key": "afd-centre-gaia",
        "partner": "afd",
        "programme": "centre-gaia",
        "wording_fr": "Avec le soutien de l’AFD",
        "wording_en": "With the support of AFD",
        "to_confirm": True,
    },
]


PROGRAMMES = [
    {
        "key": "paems",
        "acronym": "PAEMS",
        "name_fr": "Programme d’Accès à l’Eau en Milieu Scolaire",
        "name_en": "Programme for Access to Water in Schools",
        "slug_fr": "paems-acces-eau-milieu-scolaire",
        "slug_en": "paems-water-access-in-schools",
        "summary_fr": (
            "De 2012 à 2022, avec le soutien de l’AFD, le PAEMS a équipé en eau et en "
            "assainissement des écoles du Sénégal, du Maroc et de Guinée."
        ),
        "summary_en": (
            "From 2012 to 2022, with the support of the AFD, PAEMS provided schools in "
            "Senegal, Morocco and Guinea with water and sanitation."
        ),
        "body_fr": (
            "<p>Né en 2012 et soutenu par l’Agence française de développement (AFD), son "
            "principal cofinanceur, le Programme d’Accès à l’Eau en Milieu Scolaire (PAEMS) "
            "s’est étendu au Sénégal, au Maroc et en Guinée. Il s’est achevé en 2022.</p>"
            "<p>Les réalisations dans les écoles :</p>"
            "<ul><li>raccordements à l’eau et fontaines ;</li><li>latrines ;</li>"
            "<li>clôtures ;</li><li>jardins scolaires ;</li>"
            "<li>formations à l’hygiène.</li></ul>"
            "<p>Le programme s’est déroulé en trois phases :</p>"
            "<ul><li><strong>2012–2015</strong> : mise en place ;</li>"
            "<li><strong>2016–2018</strong> : consolidation ;</li>"
            "<li><strong>2019–2021</strong> : passage de relais.</li></ul>"
            "<p>Outre l’AFD, le programme a été soutenu par la Ville de Paris, l’Agence de "
            "l’Eau Artois-Picardie et l’Ambassade du Japon en Guinée.</p>"
        ),
        "body_en": (
            "<p>Launched in 2012 and supported by the French Development Agency (AFD), its "
            "main co-funder, the Programme for Access to Water in Schools (PAEMS) extended to "
            "Senegal, Morocco and Guinea. It came to an end in 2022.</p>"
            "<p>Work carried out in the schools:</p>"
            "<ul><li>water connections and fountains;</li><li>latrines;</li>"
            "<li>fences;</li><li>school gardens;</li>"
            "<li>hygiene training.</li></ul>"
            "<p>The programme ran in three phases:</p>"
            "<ul><li><strong>2012–2015</strong>: set-up;</li>"
            "<li><strong>2016–2018</strong>: consolidation;</li>"
            "<li><strong>2019–2021</strong>: hand-over.</li></ul>"
            "<p>Besides the AFD, the programme was supported by the City of Paris, the "
            "Artois-Picardie Water Agency and the Embassy of Japan in Guinea.</p>"
        ),
        "start_year": 2012,
        "end_year": 2022,
        "countries": ["SN", "MA", "GN"],
        "partners": [
            "afd",
            "ville-de-paris",
            "agence-eau-artois-picardie",
            "ambassade-japon-guinee",
        ],
        "parent": None,
        "to_confirm": False,
        "order": 10,
    },
    {
        "key": "paer",
        "acronym": "PAER",
        "name_fr": "Programme d’Accès aux Énergies Renouvelables",
        "name_en": "Programme for Access to Renewable Energy",
        "slug_fr": "paer-acces-energies-renouvelables",
        "slug_en": "paer-access-to-renewable-energy",
        "summary_fr": (
            "Lancé en 2017 dans la région de Saint-Louis, au Sénégal, le PAER mène des projets "
            "de démonstration solaires et de biogaz avec l’ARD Saint-Louis et l’ONG GERES."
        ),
        "summary_en": (
            "Launched in 2017 in the Saint-Louis region of Senegal, PAER runs solar and biogas "
            "demonstration projects with ARD Saint-Louis and the NGO GERES."
        ),
        "body_fr": (
            "<p>Lancé en 2017 dans la région de Saint-Louis, au Sénégal, le Programme d’Accès "
            "aux Énergies Renouvelables (PAER) est mené avec l’Agence régionale de "
            "développement (ARD) de Saint-Louis et l’ONG GERES. Il s’appuie sur des projets "
            "de démonstration solaires et de biogaz.</p>"
            "<p>Sa première phase (2017–2020) a été évaluée par le COTA.</p>"
            "<p>La phase III, de juin 2023 à mai 2026, a couvert les régions de Saint-Louis et "
            "de Matam :</p>"
            "<ul><li>projets pilotes dans le bassin du fleuve Sénégal ;</li>"
            "<li>« plateformes énergétiques » solaires ;</li>"
            "<li>accompagnement de très petites entreprises.</li></ul>"
            "<p>L’Agence française de développement (AFD) cofinance le programme.</p>"
        ),
        "body_en": (
            "<p>Launched in 2017 in the Saint-Louis region of Senegal, the Programme for "
            "Access to Renewable Energy (PAER) is run with the Saint-Louis Regional "
            "Development Agency (ARD) and the NGO GERES. It is built on solar and biogas "
            "demonstration projects.</p>"
            "<p>Its first phase (2017–2020) was evaluated by COTA.</p>"
            "<p>Phase III, from June 2023 to May 2026, covered the Saint-Louis and Matam "
            "regions:</p>"
            "<ul><li>pilot projects in the Senegal River basin;</li>"
            "<li>solar “energy platforms”;</li>"
            "<li>support for very small businesses.</li></ul>"
            "<p>The French Development Agency (AFD) co-funds the programme.</p>"
        ),
        "start_year": 2017,
        "end_year": None,
        "countries": ["SN"],
        "partners": ["afd", "ard-saint-louis", "geres"],
        "parent": None,
        "to_confirm": False,
        "order": 20,
    },
    {
        "key": "centre-gaia",
        "acronym": "",
        "name_fr": "Centre Gaïa",
        "name_en": "Centre Gaïa",
        "slug_fr": "centre-gaia",
        "slug_en": "centre-gaia",
        "summary_fr": (
            "Créé à Lille en 2006 avec l’ONG belge Studio Globo, le Centre Gaïa forme et "
            "sensibilise à l’éducation à la citoyenneté et à la solidarité internationale "
            "(ECSI)."
        ),
        "summary_en": (
            "Set up in Lille in 2006 with the Belgian NGO Studio Globo, the Centre Gaïa offers "
            "training and awareness-raising in education for citizenship and international "
            "solidarity (ECSI)."
        ),
        "body_fr": (
            "<p>Créé à Lille en 2006, en partenariat avec l’ONG belge Studio Globo, le Centre "
            "Gaïa forme et sensibilise à l’éducation à la citoyenneté et à la solidarité "
            "internationale (ECSI). Il accueille des publics pour des formations et des "
            "animations.</p>"
            "<p>Son atelier d’immersion plonge les participants dans des décors qui "
            "reconstituent un quartier de Saint-Louis et un village sénégalais. En 2019, il a "
            "inauguré l’atelier d’immersion Mondialis’Action, consacré aux enjeux de la "
            "mondialisation.</p>"
            "<p>Le Centre Gaïa propose aussi :</p>"
            "<ul><li>des classes découvertes ;</li><li>les Rencontres Gaïa ;</li>"
            "<li>les jeux « Migramundo » et « Ça Presse ! ».</li></ul>"
            "<p>Il développe des projets européens en collaboration avec d’autres "
            "organisations venues de toute l’Europe : Global Schools, Citizen School, Jouons "
            "Ensemble pour l’Union européenne et, depuis 2017, Global Issues – Global "
            "Subjects.</p>"
        ),
        "body_en": (
            "<p>Set up in Lille in 2006 in partnership with the Belgian NGO Studio Globo, the "
            "Centre Gaïa offers training and awareness-raising in education for citizenship "
            "and international solidarity (ECSI). It welcomes visitors for training sessions "
            "and activities.</p>"
            "<p>Its immersion workshop takes participants into sets that recreate a district "
            "of Saint-Louis and a Senegalese village. In 2019 it opened the Mondialis’Action "
            "immersion workshop, which explores the issues raised by globalisation.</p>"
            "<p>The Centre Gaïa also offers:</p>"
            "<ul><li>discovery classes (classes découvertes);</li>"
            "<li>the Rencontres Gaïa;</li>"
            "<li>the games “Migramundo” and “Ça Presse !”.</li></ul>"
            "<p>It develops European projects in collaboration with other organisations from "
            "across Europe: Global Schools, Citizen School, Jouons Ensemble pour l’Union "
            "européenne (Let’s Play Together for the European Union) and, since 2017, Global "
            "Issues – Global Subjects.</p>"
        ),
        "start_year": 2006,
        "end_year": None,
        "countries": ["FR"],
        "partners": ["studio-globo"],
        "parent": None,
        "to_confirm": False,
        "order": 30,
    },
    {
        "key": "mondialisaction",
        "acronym": "",
        "name_fr": "Mondialis’Action",
        "name_en": "Mondialis’Action",
        "slug_fr": "mondialisaction-atelier-immersion",
        "slug_en": "mondialisaction-immersion-workshop",
        "summary_fr": (
            "Atelier d’immersion du Centre Gaïa inauguré en 2019, qui explore les enjeux de "
            "la mondialisation."
        ),
        "summary_en": (
            "An immersion workshop at the Centre Gaïa, opened in 2019, that explores the "
            "issues raised by globalisation."
        ),
        "body_fr": (
            "<p>En 2019, le Centre Gaïa inaugure l’atelier d’immersion Mondialis’Action, "
            "explorant les enjeux de la mondialisation.</p>"
        ),
        "body_en": (
            "<p>In 2019, the Centre Gaïa opened the Mondialis’Action immersion workshop, which "
            "explores the issues raised by globalisation.</p>"
        ),
        "start_year": 2019,
        "end_year": None,
        "countries": ["FR"],
        "partners": [],
        "parent": "centre-gaia",
        "to_confirm": False,
        "order": 40,
    },
    {
        "key": "global-school",
        "acronym": "",
        "name_fr": "Global Schools",
        "name_en": "Global Schools",
        "slug_fr": "global-school",
        "slug_en": "global-school",
        "summary_fr": (
            "Projet européen du Centre Gaïa, mené de 2015 à 2018 avec la Ville de Dunkerque "
            "et 10 partenaires européens."
        ),
        "summary_en": (
            "A European project of the Centre Gaïa, run from 2015 to 2018 with the City of "
            "Dunkirk and 10 European partners."
        ),
        "body_fr": (
            "<p>Global Schools fait partie des projets européens que le Centre Gaïa développe "
            "en collaboration avec d’autres organisations venues de toute l’Europe.</p>"
            "<p>Sous le nom « Global Schools », le projet a été mené de 2015 à 2018 avec la "
            "Ville de Dunkerque et 10 partenaires européens.</p>"
        ),
        "body_en": (
            "<p>Global Schools is one of the European projects that the Centre Gaïa develops "
            "in collaboration with other organisations from across Europe.</p>"
            "<p>Under the name “Global Schools”, the project ran from 2015 to 2018 with the "
            "City of Dunkirk and 10 European partners.</p>"
        ),
        "start_year": 2015,
        "end_year": 2018,
        "countries": ["FR"],
        "partners": ["ville-dunkerque"],
        "parent": "centre-gaia",
        "to_confirm": True,
        "order": 50,
    },
    {
        "key": "citizen-school",
        "to_confirm_note": (
            "Année de début (2019) déduite de « Parallèlement » dans le texte de l’histoire : "
            "aucune source ne la date."
        ),
        "acronym": "",
        "name_fr": "Citizen School",
        "name_en": "Citizen School",
        "slug_fr": "citizen-school",
        "slug_en": "citizen-school",
        "summary_fr": (
            "Projet européen que le Centre Gaïa développe en collaboration avec d’autres "
            "organisations venues de toute l’Europe."
        ),
        "summary_en": (
            "A European project that the Centre Gaïa develops in collaboration with other "
            "organisations from across Europe."
        ),
        "body_fr": (
            "<p>Citizen School fait partie des projets européens que le Centre Gaïa développe "
            "en collaboration avec d’autres organisations venues de toute l’Europe.</p>"
        ),
        "body_en": (
            "<p>Citizen School is one of the European projects that the Centre Gaïa develops "
            "in collaboration with other organisations from across Europe.</p>"
        ),
        "start_year": 2019,
        "end_year": None,
        "countries": ["FR"],
        "partners": [],
        "parent": "centre-gaia",
        "to_confirm": True,
        "order": 60,
    },
    {
        "key": "jouons-ensemble-ue",
        "to_confirm_note": (
            "Année de début (2019) déduite de « Parallèlement » dans le texte de l’histoire : "
            "aucune source ne la date."
        ),
        "acronym": "",
        "name_fr": "Jouons Ensemble pour l’Union européenne",
        "name_en": "Let’s Play Together for the European Union",
        "slug_fr": "jouons-ensemble-pour-l-union-europeenne",
        "slug_en": "lets-play-together-for-the-european-union",
        "summary_fr": (
            "Projet européen que le Centre Gaïa développe en collaboration avec d’autres "
            "organisations venues de toute l’Europe."
        ),
        "summary_en": (
            "A European project that the Centre Gaïa develops in collaboration with other "
            "organisations from across Europe."
        ),
        "body_fr": (
            "<p>Jouons Ensemble pour l’Union européenne fait partie des projets européens que "
            "le Centre Gaïa développe en collaboration avec d’autres organisations venues de "
            "toute l’Europe.</p>"
        ),
        "body_en": (
            "<p>Let’s Play Together for the European Union (in French, “Jouons Ensemble pour "
            "l’Union européenne”) is one of the European projects that the Centre Gaïa "
            "develops in collaboration with other organisations from across Europe.</p>"
        ),
        "start_year": 2019,
        "end_year": None,
        "countries": ["FR"],
        "partners": [],
        "parent": "centre-gaia",
        "to_confirm": True,
        "order": 70,
    },
]


KEY_FIGURES = [
    {
        "key": "paems-schools",
        "programme": "paems",
        "value_fr": "124",
        "value_en": "124",
        "label_fr": "écoles équipées",
        "label_en": "schools equipped",
        "as_of": "2022-12-31",
        "source_fr": "Page du programme PAEMS, lepartenariat.org",
        "source_en": "PAEMS programme page, lepartenariat.org",
        "to_confirm": False,
        "order": 10,
    },
    {
        "key": "paems-ville-de-paris-2016",
        "programme": "paems",
        "value_fr": "139 000 €",
        "value_en": "€139,000",
        "label_fr": "de la Ville de Paris pour 36 nouvelles écoles au Sénégal (2016)",
        "label_en": "from the City of Paris for 36 new schools in Senegal (2016)",
        "as_of": None,
        "source_fr": "Documents publics sur le financement du PAEMS",
        "source_en": "Public documents on PAEMS funding",
        "to_confirm": False,
        "order": 20,
    },
    {
        "key": "paems-ambassade-japon-2018",
        "programme": "paems",
        "value_fr": "124 437 USD",
        "value_en": "USD 124,437",
        "label_fr": "de l’Ambassade du Japon en Guinée pour 4 écoles à Lafou, Lélouma (2018)",
        "label_en": "from the Embassy of Japan in Guinea for 4 schools in Lafou, Lélouma (2018)",
        "as_of": None,
        "source_fr": "Documents publics sur le financement du PAEMS",
        "source_en": "Public documents on PAEMS funding",
        "to_confirm": False,
        "order": 30,
    },
    {
        "key": "centre-gaia-visitors",
        "to_confirm_note": (
            "L’histoire dit « près de 10 000 personnes » par an, l’évaluation DRIS (actualité de "
            "2016) « environ 9 000 » : garder un seul chiffre, daté et sourcé."
        ),
        "programme": "centre-gaia",
        "value_fr": "≈ 10 000",
        "value_en": "≈ 10,000",
        "label_fr": "personnes accueillies chaque année pour des formations et animations",
        "label_en": "people welcomed each year for training sessions and activities",
        "as_of": None,
        "source_fr": "Texte « L’histoire de l’association », Le Partenariat",
        "source_en": "“The history of the association”, Le Partenariat",
        "to_confirm": True,
        "order": 10,
    },
    {
        "key": "centre-gaia-sets-area",
        "programme": "centre-gaia",
        "value_fr": "≈ 300 m²",
        "value_en": "≈ 300 m²",
        "label_fr": "de décors immersifs : un quartier de Saint-Louis et un village sénégalais",
        "label_en": "of immersive sets: a district of Saint-Louis and a Senegalese village",
        "as_of": None,
        "source_fr": "Documents publics sur le Centre Gaïa",
        "source_en": "Public documents on the Centre Gaïa",
        "to_confirm": False,
        "order": 20,
    },
    {
        "key": "centre-gaia-workshop-duration",
        "programme": "centre-gaia",
        "value_fr": "≈ 3 h",
        "value_en": "≈ 3 hours",
        "label_fr": "durée de l’atelier d’immersion",
        "label_en": "length of the immersion workshop",
        "as_of": None,
        "source_fr": "Documents publics sur le Centre Gaïa",
        "source_en": "Public documents on the Centre Gaïa",
        "to_confirm": False,
        "order": 30,
    },
    {
        "key": "diapalante-works",
        "programme": None,
        "value_fr": "13",
        "value_en": "13",
        "label_fr": "mois de travaux avant l’inauguration du bâtiment Diapalanté, à Saint-Louis",
        "label_en": "months of works before the Diapalanté building in Saint-Louis opened",
        "as_of": "2016-07-11",
        "source_fr": "Documents publics sur le bâtiment Diapalanté",
        "source_en": "Public documents on the Diapalanté building",
        "to_confirm": False,
        "order": 10,
    },
]


PAGES = [
    {
        "key": "home",
        "title_fr": "Qui sommes-nous\u00a0?",
        "title_en": "Who we are",
        "intro_fr": "Une association de solidarité internationale née à Lille en 1981.",
        "intro_en": "An international solidarity association founded in Lille in 1981.",
        "body_fr": (
            "<p>Le Partenariat est né à Lille en 1981 sous le nom de « Partenariat Lille "
            "Saint-Louis du Sénégal », fondé par des citoyens engagés dans la solidarité "
            "internationale pour faire vivre le jumelage entre Lille et Saint-Louis du "
            "Sénégal. Ses actions l’ont mené en France, au Sénégal, au Maroc et en Guinée ; "
            "au Maroc, il travaille avec l’association SPFM (Solidarité Partenariat France "
            "Maroc), à Safi.</p>"
            "<p>Avec le Programme d’Accès à l’Eau en Milieu Scolaire (PAEMS, 2012–2022), il a "
            "équipé en eau et en assainissement des écoles du Sénégal, du Maroc et de Guinée. "
            "Depuis 2017, son Programme d’Accès aux Énergies Renouvelables (PAER) mène des "
            "projets solaires et de biogaz au Sénégal.</p>"
            "<p>À Lille, le Centre Gaïa, créé en 2006 avec l’ONG belge Studio Globo, forme et "
            "sensibilise à l’éducation à la citoyenneté et à la solidarité internationale "
            "(ECSI), notamment grâce à ses ateliers d’immersion.</p>"
        ),
        "body_en": (
            "<p>Le Partenariat was founded in Lille in 1981 as the “Partenariat Lille "
            "Saint-Louis du Sénégal” by citizens committed to international solidarity, to "
            "bring the twinning between Lille and Saint-Louis, Senegal, to life. Its work has "
            "taken it to France, Senegal, Morocco and Guinea; in Morocco it works with the "
            "association SPFM (Solidarité Partenariat France Maroc) in Safi.</p>"
            "<p>Through the Programme for Access to Water in Schools (PAEMS, 2012–2022), it "
            "provided schools in Senegal, Morocco and Guinea with water and sanitation. Since "
            "2017, its Programme for Access to Renewable Energy (PAER) has been running solar "
            "and biogas projects in Senegal.</p>"
            "<p>In Lille, the Centre Gaïa, set up in 2006 with the Belgian NGO Studio Globo, "
            "offers training and awareness-raising in education for citizenship and "
            "international solidarity (ECSI), notably through its immersion workshops.</p>"
        ),
    },
    {
        "key": "history",
        "title_fr": "L’histoire de l’association",
        "title_en": "The history of the association",
        "intro_fr": "Les grandes étapes du Partenariat depuis sa création à Lille en 1981.",
        "intro_en": "The milestones of Le Partenariat since it was founded in Lille in 1981.",
        "body_fr": (
            "<p>Aujourd’hui, Le Partenariat reste fidèle à sa mission première, tout en "
            "s’adaptant aux nouveaux défis et en multipliant les initiatives pour un monde "
            "plus solidaire et durable.</p>"
        ),
        "body_en": (
            "<p>Today, Le Partenariat remains true to its original mission, while adapting to "
            "new challenges and stepping up its initiatives for a world of greater "
            "solidarity and sustainability.</p>"
        ),
    },
    # The notice the contact form's consent box links to (issue #3); every personal data the
    # site keeps is in it (#18): contact messages, booking requests, newsletter subscriptions.
    {
        "key": "privacy",
        "title_fr": "Confidentialité",
        "title_en": "Privacy",
        "intro_fr": (
            "Les données personnelles que le site garde, pourquoi, combien de temps, et "
            "comment exercer vos droits."
        ),
        "intro_en": (
            "The personal data this website keeps, why, for how long, and how to exercise "
            "your rights."
        ),
        "body_fr": (
            "<h2>Cookies et mesure d’audience</h2>"
            "<p>Le site ne dépose aucun cookie de mesure d’audience ni de publicité et ne charge "
            "aucune ressource depuis un autre site, sauf le lecteur d’une vidéo que vous "
            "choisissez de lancer (voir « Vidéos »).</p>"
            # As issue #23 wrote it on main, kept word for word so the merge has one text.
            "<h2>Vidéos</h2>"
            "<p>Une vidéo publiée sur YouTube, Vimeo, Dailymotion ou un site PeerTube est "
            "d’abord montrée par une image gardée sur notre site et par un lien vers la "
            "vidéo : rien n’est chargé depuis la plateforme. Ce n’est que si vous appuyez sur "
            "« Lire la vidéo » que le lecteur de la plateforme est chargé dans la page ; la "
            "plateforme reçoit alors votre adresse IP et les informations de votre "
            "navigateur, et peut déposer des cookies et enregistrer que vous avez regardé la "
            "vidéo, selon sa propre politique de confidentialité. Pour YouTube, nous utilisons "
            "sa version « confidentialité renforcée » (youtube-nocookie.com) ; pour Vimeo, "
            "l’option qui désactive le suivi.</p>"
        ),
        "body_en": (
            "<h2>Cookies and audience measurement</h2>"
            "<p>The website sets no cookies to measure its audience or for advertising, and "
            "loads nothing from another website, except the player of a video you choose to "
            "play (see “Videos”).</p>"
            "<h2>Videos</h2>"
            "<p>A video published on YouTube, Vimeo, Dailymotion or a PeerTube site is first "
            "shown as a picture kept on our website and a link to the video: nothing is loaded "
            "from the platform. Only if you press “Play the video” is the platform’s player "
            "loaded into the page; the platform then receives your IP address and your "
            "browser’s details, and may set cookies and record that you watched the video, "
            "under its own privacy policy. For YouTube we use its privacy-enhanced version "
            "(youtube-nocookie.com); for Vimeo, the option that turns tracking off.</p>"
        ),
    },
]


# The notices a French association must publish (#5). Who publishes and hosts the site are
# facts staff fill in (LegalNotice, below), shown above the legal notice's text (#26).
PAGES += [
    {
        "key": "legal",
        "title_fr": "Mentions légales",
        "title_en": "Legal notice",
        "intro_fr": "Qui publie ce site, qui en est responsable et qui l’héberge.",
        "intro_en": "Who publishes this website, who is responsible for it and who hosts it.",
        "body_fr": (
            "<h2>Contenus</h2>"
            "<p>Les textes et images de ce site appartiennent au Partenariat, sauf mention "
            "contraire. Ce site ne dépose aucun cookie de mesure d’audience ni de publicité et "
            "ne charge aucune ressource depuis un autre site, sauf le lecteur d’une vidéo que "
            "vous choisissez de lancer.</p>"
        ),
        "body_en": (
            "<h2>Content</h2>"
            "<p>The texts and images of this website belong to Le Partenariat unless stated "
            "otherwise. This website sets no cookies to measure its audience or for "
            "advertising, and loads nothing from another website, except the player of a video "
            "you choose to play.</p>"
        ),
        "to_confirm": True,
    },
    {
        "key": "accessibility",
        "title_fr": "Déclaration d’accessibilité",
        "title_en": "Accessibility statement",
        "intro_fr": (
            "Le Partenariat s’engage à rendre son site accessible à toutes et à tous, "
            "conformément à l’article 47 de la loi n° 2005-102 du 11 février 2005."
        ),
        "intro_en": (
            "Le Partenariat is committed to making its website accessible to everyone, in "
            "line with article 47 of French law no. 2005-102 of 11 February 2005."
        ),
        "body_fr": (
            "<p>Cette déclaration d’accessibilité s’applique au site du Partenariat, "
            "lepartenariat.org.</p>"
            "<h2>État de conformité</h2>"
            "<p>Le site du Partenariat est <strong>non conforme</strong> au référentiel "
            "général d’amélioration de l’accessibilité (RGAA), version 4.1.2 : il n’a encore "
            "fait l’objet d’aucun audit de conformité. Cette mention changera quand un audit "
            "aura mesuré son taux de conformité.</p>"
            "<h2>Contenus non accessibles</h2>"
            "<p>Faute d’audit, la liste des non-conformités n’est pas établie. Nous savons "
            "déjà que les documents téléchargeables (rapports, évaluations, lettres "
            "d’information en PDF) n’ont pas été vérifiés et peuvent ne pas être accessibles, "
            "et que les sites vers lesquels nous renvoyons (cartes, réseaux sociaux) ne "
            "dépendent pas de nous.</p>"
            "<h2>Établissement de cette déclaration</h2>"
            "<p>Cette déclaration a été établie le 2 décembre 2026 et mise à jour le "
            "7 décembre 2026.</p>"
            "<p>Technologies utilisées : HTML, CSS ; le site fonctionne sans JavaScript. "
            "Vérifications réalisées : chaque page publique, en français et en anglais, sur "
            "téléphone (375 pixels de large) et sur ordinateur (1 280 pixels), est vérifiée "
            "automatiquement à chaque modification du site avec le navigateur Chromium : "
            "règles WCAG 2.1 niveaux A et AA (axe-core) et validité du code HTML (Nu Html "
            "Checker). Le site se parcourt au clavier et respecte le réglage « réduire les "
            "animations ». Résultat de la dernière vérification : aucune erreur relevée par "
            "ces outils. Aucune technologie d’assistance (lecteur d’écran, loupe) n’a encore "
            "servi aux tests. Ces tests automatiques ne remplacent pas un audit.</p>"
            "<p>Pages vérifiées : l’accueil, l’histoire, les programmes et chacun d’eux, les "
            "ateliers et leur réservation, les actualités, l’agenda, les documents, les "
            "partenaires, nous soutenir, les offres, la lettre d’information, le contact, la "
            "recherche, les mentions légales, la confidentialité et cette déclaration.</p>"
            "<h2>Retour d’information et contact</h2>"
            "<p>Si vous ne parvenez pas à accéder à un contenu ou à un service, écrivez-nous "
            'depuis la <a href="/fr/contact/">page Contact</a>, par courrier au Partenariat, '
            "71 rue Victor-Renard, 59000 Lille, ou appelez le +33 3 20 53 76 76 : nous vous "
            "répondrons et vous transmettrons l’information sous une autre forme.</p>"
            "<h2>Voies de recours</h2>"
            "<p>Si vous nous avez signalé un défaut d’accessibilité qui vous empêche "
            "d’accéder à un contenu ou à un service et que vous n’avez pas obtenu de réponse "
            "satisfaisante, vous pouvez écrire au Défenseur des droits (formulaire en ligne "
            "sur defenseurdesdroits.fr), contacter son délégué dans votre région, ou lui "
            "écrire gratuitement, sans timbre : Défenseur des droits, Libre réponse 71120, "
            "75342 Paris CEDEX 07.</p>"
        ),
        "body_en": (
            "<p>This accessibility statement applies to Le Partenariat’s website, "
            "lepartenariat.org.</p>"
            "<h2>Compliance status</h2>"
            "<p>Le Partenariat’s website is <strong>not compliant</strong> with the French "
            "accessibility standard RGAA, version 4.1.2: it has not yet been audited. This will "
            "change once an audit has measured how far it complies.</p>"
            "<h2>Content that is not accessible</h2>"
            "<p>Without an audit, there is no list of the failures yet. We already know that "
            "the downloadable documents (reports, evaluations and newsletters in PDF) have "
            "not been checked and may not be accessible, and that the websites we link to "
            "(maps, social networks) are beyond our control.</p>"
            "<h2>About this statement</h2>"
            "<p>This statement was drawn up on 2 December 2026 and updated on 7 December "
            "2026.</p>"
            "<p>Technologies used: HTML and CSS; the website works without JavaScript. "
            "Checks carried out: whenever the website changes, every public page, in French "
            "and in English, at phone (375 pixels wide) and computer (1,280 pixels) sizes, "
            "is checked automatically in the Chromium browser against the WCAG 2.1 level A "
            "and AA rules (axe-core) and for HTML validity (Nu Html Checker). The website can "
            "be used with the keyboard alone and follows the “reduce motion” setting. Result "
            "of the latest run: no error found by these tools. No assistive technology "
            "(screen reader, magnifier) has been used in the tests yet. These automated "
            "checks are no substitute for an audit.</p>"
            "<p>Pages checked: home, history, the programmes and each of them, the workshops "
            "and their booking form, news, events, documents, partners, support us, "
            "opportunities, the newsletter, contact, search, the legal notice, privacy and "
            "this statement.</p>"
            "<h2>Feedback and contact</h2>"
            "<p>If you cannot reach a piece of content or a service, write to us from the "
            '<a href="/en/contact/">Contact page</a>, by post to Le Partenariat, 71 rue '
            "Victor-Renard, 59000 Lille, France, or call +33 3 20 53 76 76: we will answer "
            "and give you the information in another form.</p>"
            "<h2>Remedies</h2>"
            "<p>If you have told us about an accessibility problem that keeps you from a "
            "piece of content or a service and did not get a satisfactory answer, you can "
            "write to the Défenseur des droits (the French rights ombudsman; online form on "
            "defenseurdesdroits.fr), contact its delegate in your region, or write free of "
            "charge, without a stamp, to: Défenseur des droits, Libre réponse 71120, 75342 "
            "Paris CEDEX 07.</p>"
        ),
    },
]


# The LCEN's facts (#26), as far as public sources give them (facts.md): the seat and the
# telephone of the Lille head office. The registration number, e-mail, director of
# publication and host are in no public source: staff fill them in, and launch_check lists
# them until they do.
LEGAL_NOTICE = {
    "key": "legal-notice",
    "publisher_name": "Le Partenariat",
    "publisher_address": "71 rue Victor-Renard\n59000 Lille, France",
    "phone": "+33 3 20 53 76 76",
    "to_confirm": True,
}

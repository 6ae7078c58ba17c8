"""The news posts that public sources name (../shared/seed/facts.md, "News, events…", #15).

Only the titles and facts those sources give: no quote, figure or date beyond them. Every post
is marked to confirm. A post's date of publication is known for one of them only; the others
keep an empty date for staff to enter (they are then listed after the dated ones).
"""

import datetime

POSTS = [
    {
        "key": "evaluation-centre-gaia",
        "title_fr": "Une évaluation plus que satisfaisante pour le Centre Gaïa",
        "title_en": "A very positive evaluation for Centre Gaïa",
        "slug_fr": "une-evaluation-plus-que-satisfaisante-pour-le-centre-gaia",
        "slug_en": "a-more-than-satisfactory-evaluation-for-centre-gaia",
        "summary_fr": (
            "Le cabinet DRIS a mené l’évaluation externe du Centre Gaïa : après huit ans, le "
            "centre accueille environ 9 000 personnes par an. L’AFD en est le principal "
            "cofinanceur."
        ),
        "summary_en": (
            "The firm DRIS carried out the external evaluation of Centre Gaïa: after eight "
            "years, the centre welcomes about 9,000 people a year. AFD is its main co-funder."
        ),
        "programmes": ["centre-gaia"],
        "countries": ["FR"],
    },
    {
        "key": "evaluation-paer",
        "title_fr": "Évaluation du programme d’accès aux énergies renouvelables (PAER)",
        "title_en": "Evaluation of the renewable energy access programme (PAER)",
        "slug_fr": "evaluation-du-programme-paer",
        "slug_en": "evaluation-of-the-paer-programme",
        "summary_fr": "La phase 1 du PAER (2017–2020) a été évaluée par le cabinet belge COTA.",
        "summary_en": "Phase 1 of PAER (2017–2020) was evaluated by the Belgian firm COTA.",
        "programmes": ["paer"],
        "countries": [],
    },
    {
        "key": "global-schools-end",
        "title_fr": "Global Schools, c’est déjà la fin",
        "title_en": "Global Schools draws to a close",
        "slug_fr": "global-schools-c-est-deja-la-fin",
        "slug_en": "global-schools-already-the-end",
        "summary_fr": (
            "Global Schools (2015 – été 2018), avec la Ville de Dunkerque et dix partenaires "
            "européens : le prix Territoria et le jeu Migramundo."
        ),
        "summary_en": (
            "Global Schools (2015 – summer 2018), with the City of Dunkirk and ten European "
            "partners: the Territoria prize and the game Migramundo."
        ),
        "programmes": ["global-school"],
        "countries": ["FR"],
    },
    {
        "key": "ville-de-paris-paems",
        "title_fr": "La Ville de Paris finance le PAEMS au Sénégal",
        "title_en": "The City of Paris funds PAEMS in Senegal",
        "slug_fr": "la-ville-de-paris-finance-le-paems-au-senegal",
        "slug_en": "the-city-of-paris-funds-paems-in-senegal",
        "summary_fr": "139 000 € de la Ville de Paris pour 36 nouvelles écoles (2016).",
        "summary_en": "€139,000 from the City of Paris for 36 new schools (2016).",
        "programmes": ["paems"],
        "countries": ["SN"],
    },
    {
        "key": "podor",
        "title_fr": "Un nouveau succès à Podor",
        "title_en": "A new success in Podor",
        "slug_fr": "un-nouveau-succes-a-podor",
        "slug_en": "a-new-success-in-podor",
        "summary_fr": "Les travaux du PAEMS aux écoles de Moundouwaye et de Nenette (2016).",
        "summary_en": "PAEMS works at the Moundouwaye and Nenette schools (2016).",
        "programmes": ["paems"],
        "countries": ["SN"],
    },
    {
        "key": "global-issues-slovakia",
        "title_fr": "Global Issues – Global Subjects : séminaire international en Slovaquie",
        "title_en": "Global Issues – Global Subjects: international seminar in Slovakia",
        "slug_fr": "global-issues-global-subjects-seminaire-en-slovaquie",
        "slug_en": "global-issues-global-subjects-seminar-in-slovakia",
        "summary_fr": (
            "Trnava, novembre 2018 : séminaire du projet lancé en novembre 2017 avec dix pays "
            "partenaires, pour les enseignants du secondaire, sur le climat, le genre et les "
            "migrations."
        ),
        "summary_en": (
            "Trnava, November 2018: a seminar of the project begun in November 2017 with ten "
            "partner countries, for secondary-school teachers, on climate, gender and migration."
        ),
        "programmes": [],
        "countries": [],
    },
    {
        "key": "mission-senegal-ecsi",
        "title_fr": "Mission Sénégal du pôle ECSI",
        "title_en": "Senegal mission of the ECSI team",
        "slug_fr": "mission-senegal-du-pole-ecsi",
        "slug_en": "senegal-mission-of-the-ecsi-team",
        "summary_fr": "Une mission de l’équipe du Centre Gaïa au Sénégal, en janvier et février.",
        "summary_en": "A mission of the Centre Gaïa team to Senegal, in January and February.",
        "programmes": ["centre-gaia"],
        "countries": ["SN"],
    },
    {
        "key": "erasmus-plus-2022",
        "title_fr": "Un projet scolaire Erasmus+ coordonné par Le Partenariat",
        "title_en": "An Erasmus+ school project coordinated by Le Partenariat",
        "slug_fr": "un-partenariat-scolaire-erasmus-plus",
        "slug_en": "an-erasmus-plus-school-partnership",
        "summary_fr": "Le Partenariat coordonne un projet scolaire Erasmus+.",
        "summary_en": "Le Partenariat is coordinating an Erasmus+ school project.",
        "published_on": datetime.date(2022, 12, 7),
        "programmes": [],
        "countries": [],
    },
]

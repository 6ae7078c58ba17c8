"""The association's own publications that facts.md lists (#16), as records without a file.

They are unpublished and marked to confirm: staff upload each PDF, check the year and the
language, then publish. Nothing beyond facts.md: no date where it gives only a month, no year
where it gives none. They are taken to be in French, the association's language (to confirm).
"""

ACTIVITY_REPORTS = [
    {
        "key": f"activity-report-{year}",
        "kind": "activity-report",
        "year": year,
        "title_fr": f"Rapport d’activités {year}",
        "title_en": f"Activity report {year}",
        "slug_fr": f"rapport-d-activites-{year}",
        "slug_en": f"activity-report-{year}",
        "programmes": [],
    }
    for year in (2008, 2010, 2011, 2020)
]

DOCUMENTS = [
    *ACTIVITY_REPORTS,
    {
        "key": "partenaires-70",
        "kind": "newsletter",
        "year": 2016,
        "title_fr": "Bulletin « Partenaires » n° 70 (octobre 2016)",
        "title_en": "“Partenaires” bulletin no. 70 (October 2016)",
        "slug_fr": "bulletin-partenaires-70",
        "slug_en": "partenaires-bulletin-70",
        "programmes": [],
    },
    {
        "key": "paems-lettre-11",
        "kind": "newsletter",
        "year": 2020,
        "title_fr": "PAEMS – Lettre d’information n° 11 (avril 2020)",
        "title_en": "PAEMS newsletter no. 11 (April 2020)",
        "slug_fr": "paems-lettre-d-information-11",
        "slug_en": "paems-newsletter-11",
        "programmes": ["paems"],
    },
    {
        "key": "evaluation-paems-hydroconseil",
        "kind": "evaluation",
        "year": None,
        "title_fr": "Évaluation externe du PAEMS (Hydroconseil)",
        "title_en": "External evaluation of PAEMS (Hydroconseil)",
        "slug_fr": "evaluation-paems-hydroconseil",
        "slug_en": "paems-evaluation-hydroconseil",
        "programmes": ["paems"],
    },
    {
        "key": "evaluation-centre-gaia-dris",
        "kind": "evaluation",
        "year": None,
        "title_fr": "Évaluation externe du Centre Gaïa (DRIS)",
        "title_en": "External evaluation of Centre Gaïa (DRIS)",
        "slug_fr": "evaluation-centre-gaia-dris",
        "slug_en": "centre-gaia-evaluation-dris",
        "programmes": ["centre-gaia"],
    },
    {
        "key": "evaluation-paer-phase-1-cota",
        "kind": "evaluation",
        "year": None,
        "title_fr": "Évaluation de la phase 1 du PAER (2017–2020) par COTA",
        "title_en": "Evaluation of PAER phase 1 (2017–2020) by COTA",
        "slug_fr": "evaluation-paer-phase-1-cota",
        "slug_en": "paer-phase-1-evaluation-cota",
        "programmes": ["paer"],
    },
]

"""The events public sources name (../shared/seed/facts.md, "News, events…", #15).

The 7th Rencontres Gaïa (on education about migration) are named too, but without a date:
an event needs one, so staff add it once the date is known.
"""

import datetime

EVENTS = [
    {
        "key": "general-assembly-2021",
        "title_fr": "Assemblée générale 2021",
        "title_en": "2021 general assembly",
        "slug_fr": "assemblee-generale-2021",
        "slug_en": "general-assembly-2021",
        "summary_fr": (
            "Assemblée générale du 9 mars 2021 : élection d’un nouveau président, qui succède à "
            "Jean-Claude Pollefoort ; plan stratégique 2020–2025."
        ),
        "summary_en": (
            "General assembly of 9 March 2021: a new president elected, succeeding Jean-Claude "
            "Pollefoort; strategic plan 2020–2025."
        ),
        "start_date": datetime.date(2021, 3, 9),
    },
]

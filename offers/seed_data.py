"""The one offer public sources name (../shared/seed/facts.md), as a closed example (#17).

Only its title, place and posting date are known: the closing date is unknown and set to
the posting date, so that the offer is closed; staff confirm or correct it.
"""

import datetime

OFFERS = [
    {
        "key": "responsable-service-appui-programmes-2025",
        "title_fr": "Responsable du service d’appui aux programmes",
        "title_en": "Head of the programme support service",
        "slug_fr": "responsable-service-appui-aux-programmes",
        "slug_en": "head-of-programme-support-service",
        "kind": "job",
        "place_fr": "Lille",
        "place_en": "Lille",
        "country": "FR",
        "posted_on": datetime.date(2025, 11, 14),
        "closes_on": datetime.date(2025, 11, 14),
        "to_confirm": True,
    },
]

"""`seed_content`: every app seeds its own records, in the order their links need."""

from django.db import transaction

import association.seed
import contact.seed
import documents.seed
import events.seed
import news.seed
import offers.seed
import pages.seed
import support.seed
import timeline.seed
import workshops.seed
from core.seeding import SeedReport

# Programmes before the history, workshops, news and events that point to them; places
# before workshops. Key figures before the support page that shows them.
APP_SEEDS = [
    association.seed,
    timeline.seed,
    contact.seed,
    workshops.seed,
    documents.seed,
    support.seed,
    offers.seed,
    news.seed,
    events.seed,
    # The menu last: it leads to the sections above (#23).
    pages.seed,
]


def seed_all():
    report = SeedReport()
    with transaction.atomic():
        for app_seed in APP_SEEDS:
            app_seed.seed(report)
    return report

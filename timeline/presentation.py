"""How the history page lays events out: periods holding the years they span, and decades
to jump to (#5)."""

from dataclasses import dataclass, field


@dataclass
class TimelineEntry:
    event: object
    # The single-year events that fall within a period ("Les années 2000" holds 2005).
    events: list = field(default_factory=list)


@dataclass
class Decade:
    start: int
    anchor: str


def build_timeline(events):
    """Nest each event under the period that spans it; list the decades in order.

    `events` come in chronological order, a period before the single years it spans (the
    order `TimelineEvent.objects.chronological()` gives). Each decade links to the first
    event, period or year, that the page shows for it.
    """
    entries = []
    decades = []
    period = None
    for event in events:
        if period is not None and event.year <= period.event.end_year:
            # A span inside a period ("Centre Gaïa, 2010–2019" in "Les années 2010") is
            # one of its steps, shown with its years.
            period.events.append(TimelineEntry(event))
        elif event.end_year:
            period = TimelineEntry(event)
            entries.append(period)
        else:
            period = None
            entries.append(TimelineEntry(event))
        decade = event.year // 10 * 10
        if not decades or decades[-1].start < decade:
            decades.append(Decade(decade, event.anchor))
    return entries, decades

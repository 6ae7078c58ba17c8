"""What an import did, for the operator's terminal and the staff's admin (#24)."""

from collections import Counter

from django.utils.translation import gettext, gettext_lazy, pgettext_lazy

# What became of an item, in the order the report lists them.
OUTCOMES = {
    "published": pgettext_lazy("import outcome", "published"),
    "scheduled": pgettext_lazy("import outcome", "scheduled"),
    "unpublished": pgettext_lazy("import outcome", "unpublished"),
    "created": pgettext_lazy("import outcome", "created"),
    "updated": pgettext_lazy("import outcome", "updated"),
    "unchanged": pgettext_lazy("import outcome", "unchanged"),
    "kept": pgettext_lazy("import outcome", "kept as staff edited it"),
    "skipped": pgettext_lazy("import outcome", "skipped"),
}
KINDS = {
    "news": gettext_lazy("news posts"),
    "page": gettext_lazy("pages"),
    "document": gettext_lazy("documents"),
    "image": gettext_lazy("images"),
    "address": gettext_lazy("old addresses"),
    "link": gettext_lazy("links rewritten"),
}
# Why an item is listed; stored by key, so the admin shows it in the staff's language.
REASONS = {
    "unpublished": gettext_lazy(
        "Imported unpublished (draft, pending, private or password-protected in WordPress)"
    ),
    "kept": gettext_lazy("Not overwritten: staff edited it since the last import"),
    "missing_file": gettext_lazy("File missing from the uploads folder"),
    "not_fetched": gettext_lazy("Files that could not be downloaded from the old site"),
    "refused_pdf": gettext_lazy("PDF refused by the document library"),
    "refused_image": gettext_lazy("Image refused"),
    "unknown_term": gettext_lazy("Categories and tags that match no programme"),
    "no_alt": gettext_lazy("Images without a description: write one in the admin"),
    "extra_image": gettext_lazy("Images in the text of a news post, which shows only one image"),
    "other_attachment": gettext_lazy("Attachments that are neither an image nor a PDF"),
    "english_only": gettext_lazy(
        "Only in English in WordPress: the French fields hold the English text, to translate"
    ),
    "old_link": gettext_lazy("Links to the old site that lead to nothing imported"),
    "unused_image": gettext_lazy("Images that no imported post shows"),
    "no_parent_address": gettext_lazy(
        "Pages without an address in a language their parent page does not have yet"
    ),
    "skipped_status": gettext_lazy("Not imported: in the WordPress bin or an automatic draft"),
}
# A run with thousands of notes keeps this many per reason in its stored report.
NOTES_KEPT_PER_REASON = 200


class Report:
    def __init__(self, export_name, dry_run=False):
        self.export_name = export_name
        self.dry_run = dry_run
        self.counts = Counter()
        # reason → ["post 12 “Title”", …]
        self.notes = {}
        self.note_totals = Counter()
        self.skipped_types = Counter()

    def count(self, kind, outcome, number=1):
        self.counts[f"{kind}:{outcome}"] += number

    def note(self, reason, what):
        self.note_totals[reason] += 1
        kept = self.notes.setdefault(reason, [])
        if len(kept) < NOTES_KEPT_PER_REASON:
            kept.append(what)

    def skip_type(self, post_type):
        self.skipped_types[post_type] += 1

    def as_dict(self):
        return {
            "export": self.export_name,
            "dry_run": self.dry_run,
            "counts": dict(self.counts),
            "notes": self.notes,
            "note_totals": dict(self.note_totals),
            "skipped_types": dict(self.skipped_types),
        }


def lines(report):
    """The report as text lines, from its stored form (`Report.as_dict()`)."""
    result = []
    if report.get("dry_run"):
        result.append(gettext("Dry run: nothing was written."))
    for kind, kind_label in KINDS.items():
        parts = [
            f"{OUTCOMES[outcome]} {report['counts'][f'{kind}:{outcome}']}"
            for outcome in OUTCOMES
            if report["counts"].get(f"{kind}:{outcome}")
        ]
        if parts:
            result.append(
                gettext("%(kind)s: %(counts)s")
                % {"kind": str(kind_label).capitalize(), "counts": ", ".join(parts)}
            )
    if report.get("skipped_types"):
        kinds = ", ".join(
            f"{name} {number}" for name, number in sorted(report["skipped_types"].items())
        )
        result.append(
            gettext("Not imported (kinds the site does not have): %(kinds)s") % {"kinds": kinds}
        )
    for reason, items in report.get("notes", {}).items():
        total = report.get("note_totals", {}).get(reason, len(items))
        result.append(
            gettext("%(reason)s (%(number)s):") % {"reason": REASONS[reason], "number": total}
        )
        result.extend(f"  - {item}" for item in items)
        if total > len(items):
            result.append(
                "  - " + gettext("… and %(number)s more") % {"number": total - len(items)}
            )
    return result

"""What every app's seed needs: a report of what was created or kept, and the columns of a
seed record for a model's fields.

Each app seeds its own records (`<app>/seed.py`); `seed_content` calls them in order. Each
record is looked up by its natural key (`seed_key`, or the country code); one that is found
is left exactly as it is, since staff may have edited it. So a second run changes nothing,
and a record added to the seed data later is created on the next run.
"""

from dataclasses import dataclass, field

from django.conf import settings

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


@dataclass
class SeedReport:
    created: dict = field(default_factory=dict)
    kept: dict = field(default_factory=dict)

    def count(self, model, was_created):
        tally = self.created if was_created else self.kept
        name = str(model._meta.verbose_name_plural)
        tally[name] = tally.get(name, 0) + 1

    @property
    def total_created(self):
        return sum(self.created.values())


def translated(record, *names):
    """The `<name>_<lang>` values of `record` for each translated field name."""
    return {
        f"{name}_{code}": record[f"{name}_{code}"]
        for name in names
        for code in LANGUAGE_CODES
        if f"{name}_{code}" in record
    }


def plain(record, *names):
    return {name: record[name] for name in names if name in record}


def correct_seeded_texts(model, changes, *, forward=True):
    """For a data migration that corrects seeded texts: `changes` maps a seed_key to
    {field: (old text, new text)}. A field is changed only where it still reads exactly as
    seeded, so nothing staff edited is touched; `forward=False` undoes the correction."""
    for key, fields in changes.items():
        obj = model.objects.filter(seed_key=key).first()
        if obj is None:
            continue
        changed = []
        for name, texts in fields.items():
            old, new = texts if forward else texts[::-1]
            if getattr(obj, name) == old:
                setattr(obj, name, new)
                changed.append(name)
                # modeltranslation's original column mirrors the French one.
                base = name.removesuffix("_fr")
                if base != name and getattr(obj, base, None) == old:
                    setattr(obj, base, new)
                    changed.append(base)
        if changed:
            obj.save(update_fields=changed)

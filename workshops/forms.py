import datetime

from django import forms
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from core.public_forms import PublicForm
from workshops.models import BookingRequest
from workshops.slots import free_slots, slot_at

MIN_PREFERENCES = 2
MAX_PREFERENCES = 3


def parse_start(value):
    """The aware start time a slot value stands for, or None when it names no instant."""
    try:
        start = datetime.datetime.fromisoformat(value)
    except ValueError:
        return None
    return None if timezone.is_naive(start) else start


class SlotChoiceField(forms.MultipleChoiceField):
    """The ticked slots, rendered by the template week by week (`BookingForm.slot_groups`).

    Values that are no longer offered are checked in `BookingForm.clean_slots`, which tells
    the teacher why (past, taken meanwhile, not offered) instead of a generic refusal.
    """

    def valid_value(self, value):
        return True


class BookingForm(PublicForm):
    school = forms.CharField(
        label=_("School"),
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    town = forms.CharField(
        label=_("Town"),
        max_length=100,
        widget=forms.TextInput(attrs={"autocomplete": "address-level2"}),
    )
    contact_name = forms.CharField(
        label=_("Your name"),
        max_length=120,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("Email"), widget=forms.EmailInput(attrs={"autocomplete": "email"})
    )
    phone = forms.CharField(
        label=_("Telephone"),
        max_length=40,
        help_text=_("So that we can reach you on the day."),
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
    )
    class_level = forms.TypedChoiceField(label=_("Class level"), coerce=int)
    pupils = forms.IntegerField(label=_("Number of pupils"), min_value=1)
    slots = SlotChoiceField(
        label=_("Your preferred slots"),
        help_text=_("Tick two or three slots, in any order; we confirm one of them."),
    )
    message = forms.CharField(
        label=_("Message (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, workshop, now=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.workshop = workshop
        self.now = now or timezone.now()
        self.free_slots = free_slots(workshop, now=self.now)
        self.fields["class_level"].choices = [("", _("Choose a level"))] + [
            (level.value, level.label) for level in workshop.levels
        ]
        self.fields["pupils"].widget.attrs.update(max=workshop.capacity, min=1)
        self.fields["pupils"].help_text = _("At most %(capacity)s.") % {
            "capacity": workshop.capacity
        }

    def slot_groups(self):
        """The free slots week by week, each with whether the teacher had ticked it."""
        ticked = (
            {parse_start(value) for value in self.data.getlist("slots")} if self.is_bound else set()
        )
        groups = {}
        for slot in self.free_slots:
            groups.setdefault(slot.monday, []).append(
                {"value": slot.value, "label": slot.label, "is_ticked": slot.start in ticked}
            )
        return [
            {
                "label": _("Week of %(monday)s") % {"monday": date_format(monday, "j F Y")},
                "slots": slots,
            }
            for monday, slots in groups.items()
        ]

    def clean_pupils(self):
        pupils = self.cleaned_data["pupils"]
        if pupils > self.workshop.capacity:
            raise forms.ValidationError(
                ngettext(
                    "This workshop welcomes at most %(capacity)s pupil at once.",
                    "This workshop welcomes at most %(capacity)s pupils at once.",
                    self.workshop.capacity,
                )
                % {"capacity": self.workshop.capacity},
                code="over_capacity",
            )
        return pupils

    def clean_slots(self):
        offered = {slot.start: slot for slot in self.free_slots}
        chosen = {}
        for value in self.cleaned_data["slots"]:
            start = parse_start(value)
            if start not in offered:
                raise forms.ValidationError(self.refusal(start))
            chosen[start] = offered[start]
        needed = min(MIN_PREFERENCES, len(self.free_slots)) or 1
        if len(chosen) < needed:
            raise forms.ValidationError(
                ngettext("Tick at least %(count)s slot.", "Tick at least %(count)s slots.", needed)
                % {"count": needed},
                code="too_few",
            )
        if len(chosen) > MAX_PREFERENCES:
            raise forms.ValidationError(
                _("Tick at most %(count)s slots.") % {"count": MAX_PREFERENCES},
                code="too_many",
            )
        return sorted(chosen.values(), key=lambda slot: slot.start)

    def refusal(self, start):
        """Why a slot the teacher sent is not offered, in words they can act on."""
        if start is None:
            return _("One of the slots is not valid: please choose among those listed.")
        slot = slot_at(start.astimezone(self.workshop.place.zone), self.workshop.duration)
        if start <= self.now:
            return _("The slot of %(slot)s is in the past: please choose another one.") % {
                "slot": slot.label
            }
        if (
            BookingRequest.objects.confirmed()
            .filter(place=self.workshop.place, confirmed_start=start)
            .exists()
        ):
            return _(
                "The slot of %(slot)s has just been booked by another group: "
                "please choose another one."
            ) % {"slot": slot.label}
        return _("The slot of %(slot)s is not offered: please choose among those listed.") % {
            "slot": slot.label
        }


class DeclineForm(forms.Form):
    message = forms.CharField(
        label=_("Message to the teacher"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3, "cols": 60}),
        help_text=_("e.g. suggest other dates, or explain why."),
    )

"""An event at one of our places keeps the place's time zone when staff change it (#15)."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from contact.models import Place


@receiver(post_save, sender=Place, dispatch_uid="events:follow-place-zone")
def follow_place_zone(sender, instance, raw=False, **kwargs):
    if raw:
        return
    # Saving recomputes the start and end moments in the new zone.
    for event in instance.events.exclude(time_zone=instance.time_zone):
        event.save()

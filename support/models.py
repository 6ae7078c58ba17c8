from django.core.validators import MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from association.models import KeyFigure
from core.admin_names import AdminNames
from core.content import EDITORS, SETTINGS_DESK, PublicContent, PublicQuerySet
from core.models import SeededModel
from core.rich_text import RichTextField


class SupportSettingsQuerySet(PublicQuerySet):
    def current(self):
        """The one row of texts and links, with the key figures it points to, or None."""
        return (
            self.order_by("pk")
            .prefetch_related(
                models.Prefetch(
                    "key_figures", queryset=KeyFigure.objects.select_related("programme")
                )
            )
            .first()
        )


class SupportSettings(SeededModel, PublicContent):
    """The texts, links and fee of the "Support us" page (#17): one row, edited by staff.

    What the page cannot back until staff check it (the links, the fee, the tax reduction)
    is shown only once "to confirm" is unticked: `is_confirmed`.
    """

    # One row, edited and never removed: the page has nothing to show without it.
    staff_permissions = {EDITORS: ("add", "change", "view")}
    desk = SETTINGS_DESK
    dashboard_rank = 10

    why_give = RichTextField(
        _("why give"), blank=True, help_text=_("The opening text of the page: why support us.")
    )
    gift_impact = models.TextField(
        _("what a gift does"),
        blank=True,
        help_text=_("A sentence introducing the key figures chosen below."),
    )
    key_figures = models.ManyToManyField(
        KeyFigure,
        verbose_name=_("key figures shown"),
        blank=True,
        related_name="+",
        help_text=_(
            "The figures shown under “What a gift does”; they are edited in the key figures."
        ),
    )
    giving_url = models.URLField(
        _("online giving page"),
        blank=True,
        help_text=_("The address of the association's page on a giving site, e.g. HelloAsso."),
    )
    cheque_instructions = models.TextField(
        _("giving by cheque"),
        blank=True,
        help_text=_("Who the cheque is made out to and where to send it."),
    )
    transfer_instructions = models.TextField(
        _("giving by bank transfer"),
        blank=True,
        help_text=_("The account holder, IBAN and BIC, as on the bank's details."),
    )
    gives_tax_reduction = models.BooleanField(
        _("gifts give right to a tax reduction"),
        default=False,
        help_text=_(
            "Tick only if the association may issue tax receipts (articles 200 and 238 bis "
            "of the French tax code): the page then shows what a gift really costs."
        ),
    )
    membership_url = models.URLField(
        _("membership page"),
        blank=True,
        help_text=_("Where to join online, e.g. the membership form on HelloAsso."),
    )
    membership_fee = models.DecimalField(
        _("yearly membership fee (euros)"),
        max_digits=7,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    membership_text = models.TextField(
        _("about membership"),
        blank=True,
        help_text=_("What members do: the general assembly, the vote…"),
    )
    volunteering_text = models.TextField(
        _("about volunteering"),
        blank=True,
        help_text=_("What volunteers do and how to offer their help."),
    )

    objects = SupportSettingsQuerySet.as_manager()

    admin_names = AdminNames(
        a=pgettext_lazy("admin heading", "the “Support us” page"),
        the=pgettext_lazy("admin heading", "the “Support us” page"),
    )

    class Meta:
        verbose_name = _("“Support us” page")
        verbose_name_plural = _("“Support us” page")

    def __str__(self):
        return str(self._meta.verbose_name)

    def get_absolute_url(self):
        return reverse("support:support")

    @property
    def is_confirmed(self):
        return not self.to_confirm

    @property
    def confirmed_giving_url(self):
        """The giving link the site may announce (also to search engines), or ""."""
        return self.giving_url if self.is_confirmed else ""

    @property
    def shows_tax_reduction(self):
        return self.is_confirmed and self.gives_tax_reduction

    @property
    def has_ways_to_give(self):
        return self.is_confirmed and bool(
            self.giving_url or self.cheque_instructions or self.transfer_instructions
        )

from django import forms
from django.utils.translation import gettext_lazy as _

from newsletter.models import Subscription

# Shown beside the button and stored with the address, in the visitor's language, as the
# record of what they agreed to (#17).
CONSENT_TEXT = _(
    "I agree to receive the newsletter of Le Partenariat by email, in the language of this "
    "page. I can unsubscribe at any time, in one click."
)


class SubscriptionForm(forms.Form):
    # An email field refuses line breaks, so the address cannot forge mail headers.
    email = forms.EmailField(
        label=_("Your email address"),
        max_length=Subscription._meta.get_field("email").max_length,
        error_messages={
            "required": _("Enter your email address."),
            "invalid": _("Enter an email address such as camille@example.org."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    # Hidden from people and assistive technology; only robots fill it in.
    website = forms.CharField(
        required=False,
        label=_("Leave this field empty"),
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    @property
    def is_from_a_robot(self):
        return bool(self.data.get("website"))

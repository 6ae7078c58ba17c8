from django import forms
from django.utils.translation import gettext_lazy as _

from core.public_forms import PublicForm
from newsletter.models import Subscription

# Shown beside the button and stored with the address, in the visitor's language, as the
# record of what they agreed to (#17).
CONSENT_TEXT = _(
    "I agree to receive the newsletter of Le Partenariat by email, in the language of this "
    "page. I can unsubscribe at any time, in one click."
)


class SubscriptionForm(PublicForm):
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

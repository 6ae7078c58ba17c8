import unicodedata

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext_lazy as _

from core.public_forms import PublicForm
from newsletter.models import Subscription

# Shown beside the button and stored with the address, in the visitor's language, as the
# record of what they agreed to (#17).
CONSENT_TEXT = _(
    "I agree to receive the newsletter of Le Partenariat by email, in the language of this "
    "page. I can unsubscribe at any time, in one click."
)


def is_valid(email):
    try:
        validate_email(email)
        # A domain label the mail library cannot encode would fail at sending.
        email.rpartition("@")[2].encode("idna")
    except (ValidationError, UnicodeError):
        return False
    return True


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

    def clean_email(self):
        """The address as mail servers deliver it, so that one mailbox is one row (#22):
        compatibility characters folded ("ＥＸＡＭＰＬＥ" is "EXAMPLE"), lowercase, and
        still a valid address within the column once folded ("İ" lowercases to two
        characters). Its domain must be a name on the Internet: not a host of the server's
        own network ("localhost") nor an address in brackets."""
        email = unicodedata.normalize("NFKC", self.cleaned_data["email"]).strip().lower()
        domain = email.rpartition("@")[2]
        is_public = "." in domain and not domain.startswith("[")
        if not (is_public and len(email) <= self.fields["email"].max_length and is_valid(email)):
            raise ValidationError(self.fields["email"].error_messages["invalid"], code="invalid")
        return email

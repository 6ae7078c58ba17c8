import uuid

from django import forms
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

from contact.models import ContactMessage
from core.public_forms import PublicForm

# A name or an address is one line: a line break there could forge mail headers.
single_line = RegexValidator(
    r"[\x00-\x1f\x7f]",
    inverse_match=True,
    message=_("Write this on a single line."),
)


class ContactForm(PublicForm):
    name = forms.CharField(
        label=_("Your name"),
        max_length=ContactMessage._meta.get_field("name").max_length,
        validators=[single_line],
        error_messages={
            "required": _("Enter your name."),
            "max_length": _("Shorten your name to %(limit_value)d characters at most."),
        },
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("Your email address"),
        max_length=ContactMessage._meta.get_field("email").max_length,
        help_text=_("We answer you at this address, e.g. camille@example.org."),
        error_messages={"required": _("Enter your email address.")},
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    subject = forms.ChoiceField(
        label=_("Subject"),
        choices=ContactMessage.Subject.choices,
        error_messages={"required": _("Choose a subject.")},
    )
    message = forms.CharField(
        label=_("Your message"),
        max_length=ContactMessage._meta.get_field("message").max_length,
        help_text=_("At most 5,000 characters."),
        error_messages={
            "required": _("Write your message."),
            "max_length": _(
                "Shorten your message to %(limit_value)d characters at most "
                "(it has %(show_value)d)."
            ),
        },
        widget=forms.Textarea(attrs={"rows": 8}),
    )
    consent = forms.BooleanField(
        label=_("I agree to Le Partenariat keeping this message so that it can reply to me."),
        help_text=_("What we keep, for how long and who reads it: our privacy notice."),
        error_messages={"required": _("Tick this box so that we may keep your message.")},
    )
    token = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("initial", {}).setdefault("token", uuid.uuid4())
        super().__init__(*args, **kwargs)

    def clean_token(self):
        # A missing or mangled token must not cost the visitor their message: a fresh one
        # is as good, it only loses the protection against sending twice.
        try:
            return uuid.UUID(self.cleaned_data["token"])
        except ValueError:
            return uuid.uuid4()

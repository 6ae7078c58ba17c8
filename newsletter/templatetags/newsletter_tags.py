from django import template

from newsletter.forms import CONSENT_TEXT, SubscriptionForm

register = template.Library()


@register.inclusion_tag("newsletter/footer_form.html")
def newsletter_footer_form():
    """The short sign-up form of every page's footer: the same for every visitor (no token),
    so the footer stays in the shared cache."""
    return {"form": SubscriptionForm(auto_id="footer-newsletter-%s"), "consent_text": CONSENT_TEXT}

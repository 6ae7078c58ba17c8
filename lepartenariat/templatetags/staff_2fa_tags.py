import qrcode
import qrcode.image.svg
from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

register = template.Library()


@register.filter
def qr_code_svg(url):
    """The QR code of an authenticator app's address, as inline SVG: no inline style, so it
    shows under the site's strict Content-Security-Policy."""
    svg = qrcode.make(url, image_factory=qrcode.image.svg.SvgPathImage).to_string().decode()
    svg = svg[svg.find("<svg") :]
    label = _("QR code for your authenticator app")
    return mark_safe(svg.replace("<svg ", f'<svg role="img" aria-label="{label}" ', 1))

from django.conf import settings


def client_ip(request):
    """The visitor's address, as the outermost trusted proxy saw it.

    Each proxy appends the address it received the request from to X-Forwarded-For, so
    with N trusted proxies the visitor is the Nth entry from the right; whatever stands
    further left was written by the visitor and cannot be trusted.
    """
    count = settings.TRUSTED_PROXY_COUNT
    if count > 0:
        forwarded = [
            address.strip()
            for address in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if address.strip()
        ]
        if len(forwarded) >= count:
            return forwarded[-count]
    return request.META.get("REMOTE_ADDR")

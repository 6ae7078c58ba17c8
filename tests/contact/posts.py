"""What a visitor sends through the contact form, for the tests that post it."""

import uuid


def contact_post(**overrides):
    """A valid contact form post; an override of None leaves that field out."""
    data = {
        "name": "Awa Diop",
        "email": "awa@example.org",
        "subject": "general",
        "message": "Bonjour, je voudrais devenir bénévole.",
        "consent": "on",
        "website": "",
        "token": str(uuid.uuid4()),
        **overrides,
    }
    return {key: value for key, value in data.items() if value is not None}

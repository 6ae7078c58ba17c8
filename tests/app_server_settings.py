"""Production settings, except that static files are found without collectstatic first."""

from lepartenariat.settings import *  # noqa: F403
from lepartenariat.settings import STORAGES

STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True

import os

from django.conf import settings
from django.core.wsgi import get_wsgi_application

from association.env import require_secret_key

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "association.settings")

application = get_wsgi_application()
require_secret_key(settings)

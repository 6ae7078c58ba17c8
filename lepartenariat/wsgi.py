import os

from django.conf import settings
from django.core.wsgi import get_wsgi_application

from core.env import require_secret_key

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lepartenariat.settings")

application = get_wsgi_application()
require_secret_key(settings)

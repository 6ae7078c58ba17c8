"""What the deployment guide says matches the files it ships (#21)."""

import re

from django.conf import settings

from tests.app_server import BASE_DIR

NGINX = (BASE_DIR / "deploy" / "nginx.conf").read_text()
UNIT = (BASE_DIR / "deploy" / "lepartenariat.service").read_text()
GUIDE = (BASE_DIR / "docs" / "deployment.md").read_text()


def megabytes(text):
    return {int(size) for size in re.findall(r"client_max_body_size (\d+)m;", text)}


def test_the_guide_and_nginx_accept_uploads_above_the_largest_document():
    assert megabytes(GUIDE) == megabytes(NGINX) == {30}
    assert settings.DOCUMENT_MAX_UPLOAD_MB == 25


def test_the_systemd_unit_serves_where_nginx_sends_requests_with_one_worker_per_core():
    upstream = re.search(r"upstream lepartenariat_app \{\s*#[^\n]*\n\s*server ([\d.:]+);", NGINX)

    assert upstream.group(1) == "127.0.0.1:8000"
    assert "--bind 127.0.0.1:8000" in UNIT
    assert '--workers "$${WEB_CONCURRENCY:-$$(nproc)}"' in UNIT
    assert "EnvironmentFile=/etc/lepartenariat.env" in UNIT

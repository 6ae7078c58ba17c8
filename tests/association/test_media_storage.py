"""Images go to the local disk by default, or to an S3-compatible bucket set by environment."""

from django.core.files.storage import default_storage
from storages.backends.s3 import S3Storage

from core.media_storage import media_storage_from_env

BUCKET_ENV = {
    "MEDIA_S3_BUCKET": "lepartenariat-media",
    "MEDIA_S3_ENDPOINT_URL": "https://s3.fr-par.scw.cloud",
    "MEDIA_S3_REGION": "fr-par",
    "MEDIA_S3_ACCESS_KEY_ID": "key-id",
    "MEDIA_S3_SECRET_ACCESS_KEY": "secret",
}


def test_images_are_stored_on_the_local_disk_by_default(monkeypatch):
    for name in BUCKET_ENV:
        monkeypatch.delenv(name, raising=False)

    assert media_storage_from_env() == {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    assert default_storage.url("programmes/eau.jpg") == "/media/programmes/eau.jpg"


def test_a_bucket_is_chosen_by_environment_variables(monkeypatch):
    for name, value in BUCKET_ENV.items():
        monkeypatch.setenv(name, value)

    config = media_storage_from_env()
    storage = S3Storage(**config["OPTIONS"])

    assert config["BACKEND"] == "storages.backends.s3.S3Storage"
    assert storage.bucket_name == "lepartenariat-media"
    assert storage.endpoint_url == "https://s3.fr-par.scw.cloud"
    # Public, unsigned addresses: a page computes them without asking the bucket.
    assert storage.url("programmes/eau.jpg") == (
        "https://s3.fr-par.scw.cloud/lepartenariat-media/media/programmes/eau.jpg"
    )


def test_a_public_domain_in_front_of_the_bucket_serves_the_images(monkeypatch):
    for name, value in BUCKET_ENV.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("MEDIA_S3_CUSTOM_DOMAIN", "media.lepartenariat.org")
    monkeypatch.setenv("MEDIA_S3_PREFIX", "site")

    storage = S3Storage(**media_storage_from_env()["OPTIONS"])

    assert (
        storage.url("partners/afd.png") == "https://media.lepartenariat.org/site/partners/afd.png"
    )

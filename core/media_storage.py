"""Where uploaded images live: the local disk, or an S3-compatible bucket (#4).

Local files need nothing and suit one server; a bucket (AWS S3, Scaleway, OVHcloud,
MinIO…) suits several servers or a host without a lasting disk. `MEDIA_S3_BUCKET` picks
the bucket; everything else keeps the local default.
"""

from core.env import env_str


def media_storage_from_env():
    bucket = env_str("MEDIA_S3_BUCKET")
    if not bucket:
        return {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    options = {
        "bucket_name": bucket,
        "location": env_str("MEDIA_S3_PREFIX", "media"),
        # Uploads get unique names and renditions never change, so browsers and CDNs may
        # keep them for a year, and public URLs need no signature computed per page.
        "querystring_auth": False,
        "file_overwrite": False,
        "object_parameters": {"CacheControl": "public, max-age=31536000, immutable"},
    }
    optional = {
        "endpoint_url": "MEDIA_S3_ENDPOINT_URL",
        "region_name": "MEDIA_S3_REGION",
        "access_key": "MEDIA_S3_ACCESS_KEY_ID",
        "secret_key": "MEDIA_S3_SECRET_ACCESS_KEY",
        "custom_domain": "MEDIA_S3_CUSTOM_DOMAIN",
    }
    options.update({key: env_str(name) for key, name in optional.items() if env_str(name)})
    return {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options}

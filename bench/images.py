"""What an uploaded phone photo costs once at save, and what a visitor then downloads (#4).

Run: DJANGO_SECRET_KEY=x .venv/bin/python bench/images.py
The photo is synthetic (12 megapixels of blurred noise over a gradient, with EXIF and GPS
like a phone's), written to a temporary media folder that is removed afterwards.
"""

import io
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lepartenariat.settings")
os.environ["DJANGO_MEDIA_ROOT"] = tempfile.mkdtemp(prefix="bench-media-")

import django

django.setup()

from django.conf import settings  # noqa: E402
from django.core.files.storage import default_storage  # noqa: E402
from django.core.files.uploadedfile import SimpleUploadedFile  # noqa: E402
from PIL import ExifTags, Image, ImageFilter  # noqa: E402

from association import seed_data  # noqa: E402
from core.images import (  # noqa: E402
    check_upload,
    clean_picture,
    encode,
    make_renditions,
    picture_context,
)
from core.rich_text import sanitize  # noqa: E402


def phone_photo():
    size = (4000, 3000)
    noise = Image.effect_noise(size, 60).filter(ImageFilter.GaussianBlur(2))
    gradient = Image.linear_gradient("L").resize(size)
    picture = Image.merge("RGB", (noise, gradient, Image.blend(noise, gradient, 0.5)))
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = 6
    exif.get_ifd(ExifTags.IFD.GPSInfo).update(
        {ExifTags.GPS.GPSLatitudeRef: "N", ExifTags.GPS.GPSLatitude: (50.0, 37.0, 45.0)}
    )
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=92, exif=exif)
    return buffer.getvalue()


def timed(function, repeat):
    durations = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        durations.append(time.perf_counter() - start)
    return result, statistics.median(durations)


def main():
    photo = phone_photo()
    upload = SimpleUploadedFile("IMG_2041.jpg", photo, content_type="image/jpeg")
    print(f"upload: {len(photo) / 1e6:.2f} MB, 4000×3000 JPEG with EXIF and GPS")

    _, seconds = timed(lambda: check_upload(upload), 3)
    print(f"check_upload (decodes every pixel): {seconds * 1000:.0f} ms")

    def save_once():
        picture, fallback_format = clean_picture(upload)
        master = default_storage.save("programmes/photo.jpg", io.BytesIO(encode(picture, "JPEG")))
        return make_renditions(picture, fallback_format, master, default_storage)

    renditions, seconds = timed(save_once, 3)
    print(f"clean + re-encode + {2 * len(renditions['webp'])} renditions: {seconds:.2f} s")
    for webp, fallback in zip(renditions["webp"], renditions["fallback"], strict=True):
        webp_kb = default_storage.size(webp["name"]) / 1024
        fallback_kb = default_storage.size(fallback["name"]) / 1024
        print(f"  {webp['width']:>5} px wide: WebP {webp_kb:>5.0f} KB, JPEG {fallback_kb:>5.0f} KB")

    _, seconds = timed(lambda: picture_context(renditions), 1000)
    print(f"picture markup data per image and page view: {seconds * 1e6:.1f} µs, 0 queries")

    bodies = [record["body_fr"] for record in seed_data.PROGRAMMES if record.get("body_fr")]
    text = "".join(bodies)
    _, seconds = timed(lambda: sanitize(text), 200)
    print(
        f"sanitize all {len(bodies)} seeded programme bodies ({len(text) / 1024:.1f} KB): "
        f"{seconds * 1e6:.0f} µs"
    )
    shutil.rmtree(settings.MEDIA_ROOT)


if __name__ == "__main__":
    main()

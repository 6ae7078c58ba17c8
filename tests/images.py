"""Test images made with Pillow on the spot, so the suite ships no binary fixtures."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import ExifTags, Image

# Somewhere in Lille: what a phone writes in a photo's GPS block.
GPS_LILLE = {
    ExifTags.GPS.GPSLatitudeRef: "N",
    ExifTags.GPS.GPSLatitude: (50.0, 37.0, 45.0),
    ExifTags.GPS.GPSLongitudeRef: "E",
    ExifTags.GPS.GPSLongitude: (3.0, 3.0, 28.0),
}


def photo(size=(1200, 900), mode="RGB"):
    """A gradient with a red block, so that a wrong rotation or crop would show."""
    image = Image.linear_gradient("L").resize(size).convert(mode)
    image.paste((200, 40, 40), (0, 0, size[0] // 3, size[1] // 3))
    return image


def encoded(image, image_format="JPEG", **options):
    buffer = io.BytesIO()
    image.save(buffer, image_format, **options)
    return buffer.getvalue()


def phone_photo_bytes(size=(1200, 900), orientation=6):
    """A JPEG as a phone writes it: sideways pixels, an orientation tag and a GPS position."""
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = orientation
    exif[ExifTags.Base.Make] = "PhoneMaker"
    exif.get_ifd(ExifTags.IFD.GPSInfo).update(GPS_LILLE)
    return encoded(photo(size), "JPEG", exif=exif, quality=90)


def png_bomb_bytes():
    """A PNG of a few kilobytes that would take 144 million pixels once decoded."""
    return encoded(Image.new("1", (12_000, 12_000)), "PNG")


def upload(name, content, content_type="application/octet-stream"):
    return SimpleUploadedFile(name, content, content_type=content_type)

"""Images staff can upload safely and visitors load lightly (#4).

Three steps, all here:

1. `check_upload` refuses, with a clear message, anything but a real JPEG, PNG, WebP or
   HEIC/HEIF (phone photo) within the size and pixel caps of the settings: decompression
   bombs, truncated files, renamed text files and SVG never reach Pillow's decoder
   unchecked, nor cause a 500.
2. When the record is saved, the upload is decoded once, turned upright from its EXIF
   orientation and re-encoded without any metadata, so a phone photo's GPS position is
   never stored nor served.
3. From that clean picture, renditions at a few widths are written in WebP and in a
   JPEG/PNG fallback, next to it in the media storage, and their names and sizes are kept
   on the record (`<field>_renditions`). A page then prints `<picture>`/`srcset` from the
   row it has already loaded: no query, no storage call, no resizing per request.

Pillow alone does this in one small module. Thumbnail libraries (sorl-thumbnail,
easy-thumbnails) make renditions lazily at render time and look them up in a cache or a
table, which costs a query or a storage call per image per page; here they are made once.
"""

import io
import posixpath
import warnings

from django import forms
from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import models, transaction
from django.db.models import signals
from django.template.defaultfilters import filesizeformat
from django.utils.text import slugify
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError
from pillow_heif import register_heif_opener

# iPhones save photos as HEIC (#16): pillow-heif (libheif, kept by the Pillow plugin's
# authors) lets Pillow decode them; they are then cleaned and re-encoded like any photo.
register_heif_opener()

ACCEPTED_FORMATS = ("JPEG", "PNG", "WEBP", "HEIF")
ACCEPTED_CONTENT_TYPES = "image/jpeg,image/png,image/webp,image/heic,image/heif"
FALLBACK_TYPES = {"JPEG": "image/jpeg", "PNG": "image/png"}
EXTENSIONS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}
ENCODER_OPTIONS = {
    "JPEG": {"quality": 82, "optimize": True, "progressive": True},
    "PNG": {"optimize": True},
    "WEBP": {"quality": 80, "method": 4},
}


def check_upload(file):
    """Raise a ValidationError unless `file` is a JPEG, PNG, WebP or HEIC image within the caps."""
    if file.size > settings.IMAGE_MAX_UPLOAD_BYTES:
        raise ValidationError(
            _("This file weighs %(size)s; images may weigh at most %(limit)s."),
            code="file_too_large",
            params={
                "size": filesizeformat(file.size),
                "limit": filesizeformat(settings.IMAGE_MAX_UPLOAD_BYTES),
            },
        )
    too_many_pixels = ValidationError(
        _(
            "This image is too large: at most %(limit)s million pixels (for example "
            "6000 × 4000). Reduce it before uploading it."
        ),
        code="too_many_pixels",
        params={"limit": settings.IMAGE_MAX_PIXELS // 1_000_000},
    )
    file.seek(0)
    try:
        # Pillow only warns between its own cap and twice that; a warning is a refusal here.
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(file, formats=ACCEPTED_FORMATS) as image:
                width, height = image.size
                if width * height > settings.IMAGE_MAX_PIXELS:
                    raise too_many_pixels
                # Decoding everything now finds truncated or damaged data before saving.
                image.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise too_many_pixels from None
    except UnidentifiedImageError:
        raise ValidationError(
            _(
                "This file is not a JPEG, PNG, WebP or HEIC image. Other files, SVG "
                "included, are refused."
            ),
            code="not_an_image",
        ) from None
    except (OSError, SyntaxError, ValueError, EOFError):
        raise ValidationError(
            _("This image is damaged or incomplete. Export it again, then upload it."),
            code="damaged_image",
        ) from None
    finally:
        file.seek(0)


class SafeImageFormField(forms.ImageField):
    # The content decides, not the name: a JPEG called "photo" is fine, "notes.jpg" is not.
    default_validators = []

    def to_python(self, data):
        upload = forms.FileField.to_python(self, data)
        if upload is None:
            return None
        check_upload(upload)
        return upload

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        if isinstance(widget, forms.FileInput):
            attrs["accept"] = ACCEPTED_CONTENT_TYPES
        return attrs


def clean_picture(upload):
    """The upload decoded, upright, without metadata, and the format to store it in."""
    upload.seek(0)
    with Image.open(upload, formats=ACCEPTED_FORMATS) as original:
        source_format = original.format
        icc_profile = original.info.get("icc_profile")
        upright = ImageOps.exif_transpose(original)
    has_alpha = upright.mode in ("RGBA", "LA", "PA") or (
        upright.mode == "P" and "transparency" in upright.info
    )
    picture = upright.convert("RGBA" if has_alpha else "RGB")
    # EXIF (GPS included), XMP and comments would otherwise follow the pixels into every
    # file written from them; only the colour profile is kept.
    picture.info = {"icc_profile": icc_profile} if icc_profile else {}
    fallback_format = "PNG" if has_alpha or source_format == "PNG" else "JPEG"
    return picture, fallback_format


def encode(picture, image_format):
    buffer = io.BytesIO()
    options = dict(ENCODER_OPTIONS[image_format])
    if picture.info.get("icc_profile"):
        options["icc_profile"] = picture.info["icc_profile"]
    picture.save(buffer, image_format, **options)
    return buffer.getvalue()


def rendition_widths(width):
    """The configured widths narrower than the picture, and the picture's own if smaller."""
    widths = sorted(w for w in settings.IMAGE_RENDITION_WIDTHS if w < width)
    if width <= max(settings.IMAGE_RENDITION_WIDTHS):
        widths.append(width)
    return widths


def make_renditions(picture, fallback_format, master_name, storage):
    """Write each rendition to `storage`; return what a page needs to show them."""
    directory, filename = posixpath.split(master_name)
    stem = slugify(posixpath.splitext(filename)[0]) or "image"
    width, height = picture.size
    renditions = {
        "width": width,
        "height": height,
        "fallback_type": FALLBACK_TYPES[fallback_format],
        "webp": [],
        "fallback": [],
    }
    for target_width in rendition_widths(width):
        target_height = max(1, round(height * target_width / width))
        resized = (
            picture
            if target_width == width
            else picture.resize(
                (target_width, target_height), Image.Resampling.LANCZOS, reducing_gap=3.0
            )
        )
        resized.info = picture.info
        for key, image_format in (("webp", "WEBP"), ("fallback", fallback_format)):
            name = storage.save(
                posixpath.join(
                    directory,
                    "renditions",
                    f"{stem}-{target_width}w.{EXTENSIONS[image_format]}",
                ),
                ContentFile(encode(resized, image_format)),
            )
            renditions[key].append({"name": name, "width": target_width})
    return renditions


def responsive_image_fields():
    """Every (model, field) pair of the project that holds a responsive image."""
    return [
        (model, field)
        for model in apps.get_models()
        for field in model._meta.get_fields()
        if isinstance(field, ResponsiveImageField)
    ]


def stored_names(renditions):
    return [item["name"] for key in ("webp", "fallback") for item in renditions.get(key, [])]


class ResponsiveImageField(models.ImageField):
    """An image re-encoded at save, with renditions listed in `renditions_field`."""

    def __init__(self, *args, renditions_field=None, **kwargs):
        self.renditions_field = renditions_field
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["renditions_field"] = self.renditions_field
        return name, path, args, kwargs

    def formfield(self, **kwargs):
        return super().formfield(**{**kwargs, "form_class": SafeImageFormField})

    def contribute_to_class(self, cls, name, **kwargs):
        super().contribute_to_class(cls, name, **kwargs)
        # Migrations' historical models ("__fake__") never get uploads to prepare.
        if not cls._meta.abstract and cls.__module__ != "__fake__":
            signals.pre_save.connect(self.prepare, sender=cls, weak=False)

    def prepare(self, sender, instance, raw=False, **kwargs):
        """Re-encode a new upload and make its renditions; forget those of a removed one."""
        file = getattr(instance, self.attname)
        uploaded = bool(file) and not file._committed
        if raw or not (uploaded or (not file and getattr(instance, self.renditions_field))):
            return
        previous = self.previous_files(sender, instance)
        if uploaded:
            picture, fallback_format = clean_picture(file.file)
            stem = posixpath.splitext(posixpath.basename(file.name))[0]
            file.save(
                f"{stem}.{EXTENSIONS[fallback_format]}",
                ContentFile(encode(picture, fallback_format)),
                save=False,
            )
            renditions = make_renditions(picture, fallback_format, file.name, file.storage)
        else:
            renditions = {}
        setattr(instance, self.renditions_field, renditions)
        # Files of the replaced image go only once the new row is safely stored.
        transaction.on_commit(lambda: [self.storage.delete(name) for name in previous])

    def remake(self, instance):
        """Clean the stored image again and make its renditions anew (after a settings change)."""
        file = getattr(instance, self.attname)
        with file.open("rb") as stored:
            content = ContentFile(stored.read(), name=posixpath.basename(file.name))
        setattr(instance, self.attname, content)
        instance.save(update_fields=[self.attname, self.renditions_field])

    def previous_files(self, sender, instance):
        if instance.pk is None:
            return []
        row = (
            sender._base_manager.filter(pk=instance.pk)
            .values(self.attname, self.renditions_field)
            .first()
        )
        if not row or not row[self.attname]:
            return []
        return [row[self.attname], *stored_names(row[self.renditions_field] or {})]


def renditions_field():
    return models.JSONField(default=dict, blank=True, editable=False)


def decorative_field():
    return models.BooleanField(
        _("decorative image"),
        default=False,
        help_text=_(
            "Tick only if the image adds nothing to the text: it then needs no description."
        ),
    )


def alt_field():
    return models.CharField(
        _("image description"),
        max_length=250,
        blank=True,
        help_text=_(
            "What the image shows, for people who cannot see it, e.g. “Pupils drinking at "
            "the new water point of their school in Saint-Louis”."
        ),
    )


def caption_field():
    return models.CharField(
        _("caption"),
        max_length=250,
        blank=True,
        help_text=_("Shown under the image, e.g. “The water point of a school in Podor, 2019”."),
    )


def missing_alt_text(instance, field_name, exclude=()):
    """Errors for each language lacking the description of a set, non-decorative image.

    Fields the form does not show (`exclude`, e.g. the admin list's "published" column) get
    no error: the form could not display it, and Django refuses errors on absent fields.
    """
    if field_name in exclude:
        return {}
    if not getattr(instance, field_name) or getattr(instance, f"{field_name}_is_decorative"):
        return {}
    return {
        f"{field_name}_alt_{code}": ValidationError(
            gettext(
                "Describe what the image shows in %(language)s, or tick “decorative image” "
                "if it adds nothing to the text."
            )
            % {"language": gettext(name).lower()},
            code="alt_text_required",
        )
        for code, name in settings.LANGUAGES
        if f"{field_name}_alt_{code}" not in exclude
        and not (getattr(instance, f"{field_name}_alt_{code}", "") or "").strip()
    }


class DescribedImagesMixin:
    """Requires a description of every image in `described_images` (#4)."""

    described_images = ("image",)

    def clean_fields(self, exclude=None):
        errors = {}
        try:
            super().clean_fields(exclude=exclude)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        for field_name in self.described_images:
            errors.update(missing_alt_text(self, field_name, exclude or ()))
        if errors:
            raise ValidationError(errors)


def image_upload_path(instance, filename):
    """Each kind of content keeps its images in a folder of its own (`image_folder`)."""
    return posixpath.join(instance.image_folder, filename)


class DescribedImage(DescribedImagesMixin, models.Model):
    """One image per record, with everything the accessibility rules and the renditions need:
    the file, its description in each language (or the box saying it is decorative), a
    caption and the renditions. Declared once for every kind of content that has an image."""

    image_folder = "images/"

    image = ResponsiveImageField(
        _("image"), upload_to=image_upload_path, blank=True, renditions_field="image_renditions"
    )
    image_alt = alt_field()
    image_is_decorative = decorative_field()
    image_caption = caption_field()
    image_renditions = renditions_field()

    class Meta:
        abstract = True


# What staff see of a DescribedImage in a form: one group, in the same order everywhere.
IMAGE_FIELDS = ["image", "image_alt", "image_is_decorative", "image_caption"]


def image_fieldset():
    return (_("Image"), {"fields": IMAGE_FIELDS})


def picture_context(renditions, storage=None):
    """What `includes/picture.html` prints, from the stored renditions alone."""
    if not renditions or not renditions.get("fallback"):
        return None
    storage = storage or default_storage
    fallback = renditions["fallback"]
    largest = fallback[-1]
    default = next(
        (item for item in fallback if item["width"] >= settings.IMAGE_DEFAULT_WIDTH), largest
    )
    return {
        "webp_srcset": ", ".join(
            f"{storage.url(item['name'])} {item['width']}w" for item in renditions["webp"]
        ),
        "fallback_srcset": ", ".join(
            f"{storage.url(item['name'])} {item['width']}w" for item in fallback
        ),
        "src": storage.url(default["name"]),
        "width": largest["width"],
        "height": max(1, round(renditions["height"] * largest["width"] / renditions["width"])),
    }

from modeltranslation.translator import TranslationOptions, register

from core.images import DescribedImage


# Each concrete subclass registers its own options and inherits these fields.
@register(DescribedImage)
class DescribedImageTranslationOptions(TranslationOptions):
    fields = ("image_alt", "image_caption")

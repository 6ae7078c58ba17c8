from modeltranslation.translator import TranslationOptions, register

from support.models import SupportSettings


@register(SupportSettings)
class SupportSettingsTranslationOptions(TranslationOptions):
    fields = (
        "why_give",
        "gift_impact",
        "cheque_instructions",
        "transfer_instructions",
        "membership_text",
        "volunteering_text",
    )

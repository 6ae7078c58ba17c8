"""The association's places, opening hours and social links (shared/seed/facts.md).

Placeholders staff must check are marked "to_confirm". Hours are keyed by date.weekday()
(0 = Monday); a day that is absent is closed.
"""

# What staff check before unticking "to confirm" (#25): shown on the launch checklist.
PLACE_NOTE = (
    "Adresse, téléphone et horaires repris de l’ancien site ; adresse e-mail devinée : "
    "vérifier qu’elle existe."
)
SOCIAL_LINK_NOTE = (
    "Adresse du compte devinée : vérifier qu’elle mène bien au compte de l’association."
)

# Opening hours: weekday as date.weekday() (0 = Monday) -> list of (opens, closes);
# a day that is absent is closed.
PLACES = [
    {
        "key": "lille",
        "closed_on_public_holidays": True,
        "name_fr": "Siège de Lille",
        "name_en": "Lille head office",
        "description_fr": (
            "Siège de l’association, à Lille-Sud. Le Centre Gaïa se trouve à la même adresse."
        ),
        "description_en": (
            "The association’s head office, in Lille-Sud. The Centre Gaïa is at the same address."
        ),
        "street_address": "71 rue Victor-Renard",
        "postal_code": "59000",
        "locality": "Lille",
        "country": "FR",
        "phone": "+33 3 20 53 76 76",
        "email": "contact@lepartenariat.org",
        "map_url": "https://www.openstreetmap.org/search?query=71%20rue%20Victor%20Renard%2059000%20Lille",
        "time_zone": "Europe/Paris",
        "to_confirm": True,
        "to_confirm_note": PLACE_NOTE,
        "order": 10,
        "hours": {
            1: [("09:00", "12:30"), ("14:00", "18:00")],
            2: [("09:00", "12:30"), ("14:00", "18:00")],
            3: [("09:00", "12:30"), ("14:00", "18:00")],
            4: [("09:00", "12:30"), ("14:00", "18:00")],
            5: [("09:00", "12:30")],
        },
    },
    {
        "key": "centre-gaia",
        "closed_on_public_holidays": True,
        # The académie de Lille is in zone B of the school calendar (#26).
        "school_zone": "B",
        "name_fr": "Centre Gaïa",
        "name_en": "Centre Gaïa",
        "description_fr": (
            "Centre d’éducation à la citoyenneté et à la solidarité internationale (ECSI) du "
            "Partenariat, ouvert en 2006 avec l’ONG belge Studio Globo, au siège de "
            "l’association."
        ),
        "description_en": (
            "Le Partenariat’s centre for education for citizenship and international "
            "solidarity (ECSI), opened in 2006 with the Belgian NGO Studio Globo, at the "
            "association’s head office."
        ),
        "street_address": "71 rue Victor-Renard",
        "postal_code": "59000",
        "locality": "Lille",
        "country": "FR",
        "phone": "+33 3 20 53 76 76",
        "email": "centre.gaia@lepartenariat.org",
        "map_url": "https://www.openstreetmap.org/search?query=71%20rue%20Victor%20Renard%2059000%20Lille",
        "time_zone": "Europe/Paris",
        "to_confirm": True,
        "to_confirm_note": PLACE_NOTE,
        "order": 20,
        "hours": {
            1: [("09:00", "12:30"), ("14:00", "18:00")],
            2: [("09:00", "12:30"), ("14:00", "18:00")],
            3: [("09:00", "12:30"), ("14:00", "18:00")],
            4: [("09:00", "12:30"), ("14:00", "18:00")],
            5: [("09:00", "12:30")],
        },
    },
    {
        "key": "diapalante",
        "name_fr": "Bâtiment Diapalanté, Saint-Louis",
        "name_en": "Diapalanté building, Saint-Louis",
        "description_fr": (
            "Inauguré en 2016, le bâtiment Diapalanté a été construit comme chantier-école "
            "pour les métiers du patrimoine et de la construction durable. Il abrite le "
            "bureau du Partenariat à Saint-Louis et un centre d’insertion professionnelle des "
            "jeunes. « Diapalanté » signifie entraide, solidarité. Avant 2016, le bureau se "
            "trouvait rue Paul-Holle (BP 746)."
        ),
        "description_en": (
            "Opened in 2016, the Diapalanté building was built as a training site for "
            "heritage and sustainable-building trades. It houses Le Partenariat’s Saint-Louis "
            "office and a centre helping young people into work. “Diapalanté” means mutual "
            "help, solidarity. Before 2016, the office was on rue Paul-Holle (BP 746)."
        ),
        "street_address": "Bâtiment Diapalanté",
        "postal_code": "",
        "locality": "Saint-Louis",
        "country": "SN",
        "phone": "",
        "email": "saint-louis@lepartenariat.org",
        "map_url": "https://www.openstreetmap.org/search?query=Saint-Louis%2C%20S%C3%A9n%C3%A9gal",
        "time_zone": "Africa/Dakar",
        "to_confirm": True,
        "to_confirm_note": PLACE_NOTE,
        "order": 30,
        "hours": {
            1: [("09:00", "12:30"), ("14:00", "18:00")],
            2: [("09:00", "12:30"), ("14:00", "18:00")],
            3: [("09:00", "12:30"), ("14:00", "18:00")],
            4: [("09:00", "12:30"), ("14:00", "18:00")],
            5: [("09:00", "12:30")],
        },
    },
]


SOCIAL_LINKS = [
    {
        "key": "facebook",
        "network": "facebook",
        "url": "https://www.facebook.com/lepartenariat",
        "order": 10,
        "to_confirm": True,
        "to_confirm_note": SOCIAL_LINK_NOTE,
    },
    {
        "key": "instagram",
        "network": "instagram",
        "url": "https://www.instagram.com/lepartenariat/",
        "order": 20,
        "to_confirm": True,
        "to_confirm_note": SOCIAL_LINK_NOTE,
    },
    {
        "key": "linkedin",
        "network": "linkedin",
        "url": "https://www.linkedin.com/company/le-partenariat/",
        "order": 30,
        "to_confirm": True,
        "to_confirm_note": SOCIAL_LINK_NOTE,
    },
    {
        "key": "youtube",
        "network": "youtube",
        "url": "https://www.youtube.com/@lepartenariat",
        "order": 40,
        "to_confirm": True,
        "to_confirm_note": SOCIAL_LINK_NOTE,
    },
]

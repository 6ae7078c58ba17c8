"""Centre Gaïa's workshops (#10), in French and English."""

# Centre Gaïa workshops (#10). Levels as workshops.models.Level (1 = CP … 12 = Terminale,
# 13 = adults); the duration comes from the sources, capacity and levels are to confirm.
WORKSHOPS = [
    {
        "key": "immersion-saint-louis-village",
        "to_confirm_note": (
            "Durée (180 minutes) et effectif (30 élèves) : aucune source publique ; à vérifier "
            "auprès du Centre Gaïa."
        ),
        "programme": "centre-gaia",
        "place": "centre-gaia",
        "title_fr": "Atelier d’immersion : un quartier de Saint-Louis et un village sénégalais",
        "title_en": "Immersion workshop: a Saint-Louis district and a Senegalese village",
        "slug_fr": "immersion-saint-louis-village-senegalais",
        "slug_en": "immersion-saint-louis-senegalese-village",
        "summary_fr": (
            "Pendant environ 3 heures, la classe entre dans près de 300 m² de décors qui "
            "reconstituent un quartier de Saint-Louis et un village sénégalais."
        ),
        "summary_en": (
            "For about 3 hours, the class steps into some 300 m² of sets that recreate a "
            "district of Saint-Louis and a Senegalese village."
        ),
        "description_fr": (
            "L’atelier d’immersion du Centre Gaïa plonge les participants dans le quotidien "
            "d’un quartier de Saint-Louis du Sénégal et d’un village sénégalais, pour "
            "découvrir l’éducation à la citoyenneté et à la solidarité internationale (ECSI)."
        ),
        "description_en": (
            "The Centre Gaïa immersion workshop takes participants into daily life in a "
            "district of Saint-Louis, Senegal, and in a Senegalese village, as an "
            "introduction to education for citizenship and international solidarity (ECSI)."
        ),
        "price_note_fr": "Tarif sur demande",
        "price_note_en": "Price on request",
        "level_from": 1,
        "level_to": 13,
        "duration_minutes": 180,
        "capacity": 30,
        "order": 10,
        "to_confirm": True,
    },
    {
        "key": "mondialisaction",
        "to_confirm_note": (
            "Durée (180 minutes) et effectif (30 élèves) : aucune source publique ; à vérifier "
            "auprès du Centre Gaïa."
        ),
        "programme": "mondialisaction",
        "place": "centre-gaia",
        "title_fr": "Mondialis’Action, atelier d’immersion sur la mondialisation",
        "title_en": "Mondialis’Action, an immersion workshop on globalisation",
        "slug_fr": "mondialisaction",
        "slug_en": "mondialisaction",
        "summary_fr": (
            "Inauguré en 2019, l’atelier d’immersion Mondialis’Action explore les enjeux de "
            "la mondialisation."
        ),
        "summary_en": (
            "Opened in 2019, the Mondialis’Action immersion workshop explores the issues "
            "raised by globalisation."
        ),
        "description_fr": "",
        "description_en": "",
        "price_note_fr": "Tarif sur demande",
        "price_note_en": "Price on request",
        "level_from": 4,
        "level_to": 13,
        "duration_minutes": 180,
        "capacity": 30,
        "order": 20,
        "to_confirm": True,
    },
]

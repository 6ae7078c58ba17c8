"""The "Support us" page (#17): texts from the association's own history, every link, fee
and tax claim left empty and the whole marked to confirm until staff fill it in."""

SUPPORT = {
    "key": "support",
    "why_give_fr": (
        "<p>Depuis 1981, Le Partenariat agit avec ses partenaires en France, au Sénégal, au "
        "Maroc et en Guinée : accès à l’eau et à l’assainissement dans les écoles, énergies "
        "renouvelables, éducation à la citoyenneté et à la solidarité internationale au "
        "Centre Gaïa. Votre soutien permet de poursuivre ce travail.</p>"
    ),
    "why_give_en": (
        "<p>Since 1981, Le Partenariat has worked with its partners in France, Senegal, "
        "Morocco and Guinea: water and sanitation in schools, renewable energy, and education "
        "for citizenship and international solidarity at Centre Gaïa. Your support keeps this "
        "work going.</p>"
    ),
    "gift_impact_fr": "Quelques repères sur ce que le travail de l’association a permis :",
    "gift_impact_en": "A few landmarks of what the association's work has made possible:",
    # Figures already seeded by the association app: shown from there, never copied.
    "key_figures": ["paems-schools", "centre-gaia-visitors"],
    "volunteering_text_fr": (
        "Des bénévoles accompagnent les activités de l’association. Dites-nous ce que vous "
        "aimeriez faire et quand vous êtes disponible."
    ),
    "volunteering_text_en": (
        "Volunteers support the association's activities. Tell us what you would like to do "
        "and when you are available."
    ),
    "to_confirm": True,
    "to_confirm_note": (
        "Textes provisoires ; adresses de dons et d’adhésion, montant de la cotisation et "
        "réduction d’impôt à renseigner et vérifier."
    ),
}

"""The history steps of the association, from its own history text
(shared/seed/histoire-le-partenariat.txt), in French as written and in English.

See association/seed_data.py for how seed records are keyed and never overwrite staff edits.
"""

TIMELINE_EVENTS = [
    {
        "key": "1981-creation",
        "is_highlight": True,
        "year": 1981,
        "end_year": None,
        "period_label_fr": "",
        "period_label_en": "",
        "title_fr": "Création du Partenariat Lille Saint-Louis du Sénégal",
        "title_en": "Founding of the Partenariat Lille Saint-Louis du Sénégal",
        "body_fr": (
            "<p>En 1981, une aventure humanitaire naît sous le nom de « Partenariat Lille "
            "Saint-Louis du Sénégal ». Fondée par des citoyens engagés dans la solidarité "
            "internationale, cette association voit le jour avec pour mission de faire vivre "
            "le jumelage entre Lille et Saint-Louis du Sénégal. Les premières initiatives "
            "consistent à envoyer du matériel scolaire et sanitaire.</p>"
        ),
        "body_en": (
            "<p>In 1981, a humanitarian adventure began under the name “Partenariat Lille "
            "Saint-Louis du Sénégal”. Founded by citizens committed to international "
            "solidarity, the association came into being with the mission of bringing the "
            "twinning between Lille and Saint-Louis, Senegal, to life. It began by sending "
            "school and medical supplies.</p>"
        ),
        "programme": None,
        "order": 0,
    },
    {
        "key": "1984-youth-work-camps",
        "year": 1984,
        "end_year": None,
        "period_label_fr": "",
        "period_label_en": "",
        "title_fr": "Premiers chantiers de jeunes",
        "title_en": "First youth work camps",
        "body_fr": (
            "<p>Parmi ses premières initiatives, l’association organise des chantiers de "
            "jeunes dès 1984.</p>"
        ),
        "body_en": (
            "<p>Among its first initiatives, the association began organising youth work "
            "camps in 1984.</p>"
        ),
        "programme": None,
        "order": 0,
    },
    {
        "key": "1986-first-volunteer",
        "year": 1986,
        "end_year": None,
        "period_label_fr": "",
        "period_label_en": "",
        "title_fr": "Un premier volontaire, les premiers projets de coopération",
        "title_en": "The first volunteer and the first cooperation projects",
        "body_fr": (
            "<p>En 1986, l’envoi d’un premier volontaire marque le début concret des projets "
            "de coopération, tels que la construction d’écoles et de dispensaires.</p>"
        ),
        "body_en": (
            "<p>In 1986, the association sent out its first volunteer, and its cooperation "
            "projects, such as building schools and dispensaries, got under way.</p>"
        ),
        "programme": None,
        "order": 0,
    },
    {
        "key": "1992-decentralised-cooperation",
        "is_highlight": True,
        "year": 1992,
        "end_year": None,
        "period_label_fr": "",
        "period_label_en": "",
        "title_fr": "Le Partenariat, acteur de coopération décentralisée",
        "title_en": "Le Partenariat, a player in decentralised cooperation",
        "body_fr": (
            "<p>En 1992, Le Partenariat s’impose comme un acteur majeur de la coopération "
            "décentralisée, s’intégrant dans les programmes de collaboration entre les villes, "
            "régions et départements concernés.</p>"
        ),
        "body_en": (
            "<p>In 1992, Le Partenariat established itself as a major player in decentralised "
            "cooperation, taking part in the collaboration programmes between the cities, "
            "regions and départements concerned.</p>"
        ),
        "programme": None,
        "order": 0,
    },
    {
        "key": "1996-development-education",
        "year": 1996,
        "end_year": None,
        "period_label_fr": "",
        "period_label_en": "",
        "title_fr": "L’éducation au développement dans le Nord-Pas-de-Calais",
        "title_en": "Development education in Nord-Pas-de-Calais",
        "body_fr": (
            "<p>En synergie avec ses actions de coopération, le Partenariat développe des "
            "activités de sensibilisation à la solidarité internationale en faveur des élèves "
            "de la région Nord-Pas-de-Calais.</p>"
        ),
        "body_en": (
            "<p>Alongside its cooperation work, Le Partenariat began helping pupils in the "
            "Nord-Pas-de-Calais region learn about international solidarity.</p>"
        ),
        "programme": None,
        "order": 0,
    },
    {
        "key": "2000s-expansion",
        "year": 2000,
        "end_year": 2009,
        "period_label_fr": "Les années 2000",
        "period_label_en": "The 2000s",
        "title_fr": "Élargissement des activités en France, au Sénégal et au Maroc",
        "title_en": "Activities expand in France, Senegal and Morocco",
        "body_fr": "<p>Les années 2000 voient un élargissement notable des activités.</p>",
        "body_en": "<p>The 2000s saw a notable expansion of the association’s activities.</p>",
        "programme": None,
        "order": 0,
    },
    {
        "key": "2005-le-partenariat",
        "year": 2005,
        "end_year": None,
        "period_label_fr": "",
        "period_label_en": "",
        "title_fr": "L’association devient « Le Partenariat »",
        "title_en": "The association becomes “Le Partenariat”",
        "body_fr": (
            "<p>En 2005, l’association devient « Le Partenariat » pour refléter l’étendue de "
            "ses actions.</p>"
        ),
        "body_en": (
            "<p>In 2005, the association became “Le Partenariat” to reflect the breadth of "
            "its work.</p>"
        ),
        "programme": None,
        "order": 0,
    },
    {
        "key": "2006-sustainable-development",
        "is_highlight": True,
        "year": 2006,
        "end_year": None,
        "period_label_fr": "",
        "period_label_en": "",
        "title_fr": "Orientation des activités vers le développement durable",
        "title_en": "Activities turn towards sustainable development",
        "body_fr": (
            "<p>En 2006, un tournant stratégique est pris avec une orientation vers le "
            "développement durable. L’association s’engage dans la lutte contre les "
            "changements climatiques, l’éco-construction, et la valorisation des déchets. "
            "À Lille, un nouveau service est créé en partenariat avec l’ONG belge Studio "
            "Globo : le Centre Gaïa. Celui-ci permet de former et de sensibiliser à "
            "l’ECSI.</p>"
        ),
        "body_en": (
            "<p>In 2006, the association changed course to focus on sustainable development, "
            "taking up the fight against climate change, eco-construction and the recovery "
            "of waste. In Lille, together with the Belgian NGO Studio Globo, it set up a new "
            "service, the Centre Gaïa, which trains people in and raises awareness of "
            "education for citizenship and international solidarity (ECSI).</p>"
        ),
        "programme": "centre-gaia",
        "order": 0,
    },
    {
        "key": "2007-morocco",
        "year": 2007,
        "end_year": None,
        "period_label_fr": "",
        "period_label_en": "",
        "title_fr": "Implantation au Maroc",
        "title_en": "A presence in Morocco",
        "body_fr": (
            "<p>En 2007, l’association s’implante également au Maroc grâce aux accords de "
            "coopération avec la Région de Doukkala Abda.</p>"
        ),
        "body_en": (
            "<p>In 2007, the association also set up in Morocco, under cooperation "
            "agreements with the Doukkala Abda Region.</p>"
        ),
        "programme": None,
        "order": 0,
    },
    {
        "key": "2010s-growth",
        "year": 2010,
        "end_year": 2019,
        "period_label_fr": "Les années 2010",
        "period_label_en": "The 2010s",
        "title_fr": "Le Partenariat se développe",
        "title_en": "Le Partenariat grows",
        "body_fr": (
            "<p>Les années 2010 marquent une période de développement pour Le Partenariat, "
            "qui diversifie ses activités au-delà des programmes de coopération "
            "décentralisée.</p>"
        ),
        "body_en": (
            "<p>The 2010s were a period of growth for Le Partenariat, which diversified its "
            "activities beyond decentralised cooperation programmes.</p>"
        ),
        "programme": None,
        "order": 0,
    },
    {
        "key": "2010s-centre-gaia",
        "year": 2010,
        "end_year": 2019,
        "period_label_fr": "",
        "period_label_en": "",
        "title_fr": (
            "Le Centre Gaïa développe des projets en collaboration avec d’autres "
            "organisations venues de toute l’Europe"
        ),
        "title_en": ("The Centre Gaïa works on projects with organisations from across Europe"),
        "body_fr": (
            "<p>Le Centre Gaïa continue de prospérer, accueillant près de 10 000 personnes "
            "annuellement pour des formations et animations.</p>"
            "<p>Parallèlement, le Centre Gaïa développe également plusieurs projets "
            "européens, tels que Global Schools, Citizen School, et Jouons Ensemble pour "
            "l’Union européenne.</p>"
        ),
        "body_en": (
            "<p>The Centre Gaïa keeps thriving: nearly 10,000 people a year come to its "
            "training sessions and activities.</p>"
            "<p>It has also developed several European projects, among them Global Schools, "
            "Citizen School and Jouons Ensemble pour l’Union européenne (Let’s Play Together "
            "for the European Union).</p>"
        ),
        "programme": "centre-gaia",
        # The history text gives this step no date: staff confirm the years or change them.
        "to_confirm": True,
        "order": 10,
    },
    {
        "key": "2012-paems",
        "is_highlight": True,
        "year": 2012,
        "end_year": None,
        "period_label_fr": "",
        "period_label_en": "",
        "title_fr": "Naissance du Programme d’Accès à l’Eau en Milieu Scolaire (PAEMS)",
        "title_en": "The Programme for Access to Water in Schools (PAEMS) begins",
        "body_fr": (
            "<p>En 2012, le Programme d’Accès à l’Eau en Milieu Scolaire (PAEMS) voit le "
            "jour ; soutenu par l’AFD, il s’étend au Sénégal, au Maroc et en Guinée.</p>"
        ),
        "body_en": (
            "<p>In 2012, the Programme for Access to Water in Schools (PAEMS) was born; "
            "supported by the French Development Agency (AFD), it extended to Senegal, "
            "Morocco and Guinea.</p>"
        ),
        "programme": "paems",
        "order": 0,
    },
    {
        "key": "2016-diapalante",
        "is_highlight": True,
        "year": 2016,
        "end_year": None,
        "period_label_fr": "",
        "period_label_en": "",
        "title_fr": "Inauguration du bâtiment Diapalanté à Saint-Louis",
        "title_en": "The Diapalanté building opens in Saint-Louis",
        "body_fr": (
            "<p>En 2016, l’inauguration du bâtiment Diapalanté à Saint-Louis concrétise une "
            "nouvelle étape avec un centre de formation et d’insertion professionnelle.</p>"
            "<p>Le bâtiment est inauguré le 11 juillet 2016.</p>"
        ),
        "body_en": (
            "<p>In 2016, the Diapalanté building opened in Saint-Louis: a centre for "
            "vocational training and for helping people into work, it marked a new stage.</p>"
            "<p>The building was officially opened on 11 July 2016.</p>"
        ),
        "programme": None,
        "order": 0,
    },
    {
        "key": "2017-paer",
        "is_highlight": True,
        "year": 2017,
        "end_year": None,
        "period_label_fr": "",
        "period_label_en": "",
        "title_fr": "Lancement du PAER au Sénégal",
        "title_en": "PAER launched in Senegal",
        "body_fr": (
            "<p>En 2017, le Programme d’Accès aux Énergies Renouvelables (PAER) est lancé au "
            "Sénégal.</p>"
        ),
        "body_en": (
            "<p>In 2017, the Programme for Access to Renewable Energy (PAER) was launched in "
            "Senegal.</p>"
        ),
        "programme": "paer",
        "order": 0,
    },
    {
        "key": "2019-mondialisaction",
        "year": 2019,
        "end_year": None,
        "period_label_fr": "",
        "period_label_en": "",
        "title_fr": "Le Centre Gaïa inaugure l’atelier Mondialis’Action",
        "title_en": "The Centre Gaïa opens the Mondialis’Action workshop",
        "body_fr": (
            "<p>En 2019, le Centre Gaïa inaugure l’atelier d’immersion Mondialis’Action, "
            "explorant les enjeux de la mondialisation.</p>"
        ),
        "body_en": (
            "<p>In 2019, the Centre Gaïa opened the Mondialis’Action immersion workshop, which "
            "explores the issues raised by globalisation.</p>"
        ),
        "programme": "mondialisaction",
        "order": 0,
    },
]

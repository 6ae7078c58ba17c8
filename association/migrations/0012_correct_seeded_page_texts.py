"""Issue #18's corrections of the seeded page texts, in databases seeded before them.

Seeding never overwrites a record, so a site seeded by an earlier version keeps the old
texts. Each field below is changed only where it still holds, exactly, the text the old seed
wrote: anything staff have edited is left alone. Generated from the seed data of both
versions; reversing restores the old texts the same way.
"""

from django.db import migrations

from core.seeding import correct_seeded_texts

# {seed_key: {field: (old text, new text)}}
CHANGES = {
    "accessibility": {
        "body_en": (
            "<h2>Compliance status</h2><p>Le Partenariat’s website is "
            "<strong>partially compliant</strong> with the French "
            "accessibility standard RGAA, version 4.1: no full audit by an "
            "independent body has been carried out yet.</p><h2>Checks "
            "carried out</h2><p>Every public page, in French and in "
            "English, on phones and on computers, is checked automatically "
            "whenever the website changes: WCAG 2.1 level A and AA rules "
            "(axe-core) and HTML validity (Nu Html Checker). The website "
            "works without JavaScript, with the keyboard alone, and "
            "follows the “reduce motion” setting.</p><h2>Report a "
            "problem</h2><p>If you cannot reach a piece of content or a "
            'service, write to us from the <a href="/en/contact/">Contact '
            "page</a> or call +33 3 20 53 76 76: we will answer and give "
            "you the information in another "
            "form.</p><h2>Remedies</h2><p>If you do not get a satisfactory "
            "answer, you can write to the Défenseur des droits (the French "
            "rights ombudsman; online form on defenseurdesdroits.fr), "
            "contact its delegate in your region, or write free of charge, "
            "without a stamp, to: Défenseur des droits, Libre réponse "
            "71120, 75342 Paris CEDEX 07.</p>",
            "<p>This accessibility statement applies to Le Partenariat’s "
            "website.</p><h2>Compliance status</h2><p>Le Partenariat’s "
            "website is <strong>not compliant</strong> with the French "
            "accessibility standard RGAA, version 4.1: it has not yet been "
            "audited. This will change once an audit has measured how far "
            "it complies.</p><h2>Content that is not "
            "accessible</h2><p>Without an audit, there is no list of the "
            "failures yet. We already know that the downloadable documents "
            "(reports, evaluations and newsletters in PDF) have not been "
            "checked and may not be accessible, and that the websites we "
            "link to (maps, social networks) are beyond our "
            "control.</p><h2>About this statement</h2><p>This statement "
            "was drawn up on 2 December 2026.</p><p>Technologies used: "
            "HTML and CSS; the website works without JavaScript. Checks "
            "carried out: whenever the website changes, every public page, "
            "in French and in English, at phone (375 pixels wide) and "
            "computer (1,280 pixels) sizes, is checked automatically in "
            "the Chromium browser against the WCAG 2.1 level A and AA "
            "rules (axe-core) and for HTML validity (Nu Html Checker). The "
            "website can be used with the keyboard alone and follows the "
            "“reduce motion” setting. These automated checks are no "
            "substitute for an audit.</p><h2>Feedback and "
            "contact</h2><p>If you cannot reach a piece of content or a "
            'service, write to us from the <a href="/en/contact/">Contact '
            "page</a> or call +33 3 20 53 76 76: we will answer and give "
            "you the information in another "
            "form.</p><h2>Remedies</h2><p>If you have told us about an "
            "accessibility problem that keeps you from a piece of content "
            "or a service and did not get a satisfactory answer, you can "
            "write to the Défenseur des droits (the French rights "
            "ombudsman; online form on defenseurdesdroits.fr), contact its "
            "delegate in your region, or write free of charge, without a "
            "stamp, to: Défenseur des droits, Libre réponse 71120, 75342 "
            "Paris CEDEX 07.</p>",
        ),
        "body_fr": (
            "<h2>État de conformité</h2><p>Le site de Le Partenariat est "
            "<strong>partiellement conforme</strong> au référentiel "
            "général d’amélioration de l’accessibilité (RGAA), version 4.1 "
            ": aucun audit complet n’a encore été réalisé par un organisme "
            "indépendant.</p><h2>Vérifications réalisées</h2><p>Chaque "
            "page publique, en français et en anglais, sur téléphone et "
            "sur ordinateur, est vérifiée automatiquement à chaque "
            "modification du site : règles WCAG 2.1 niveaux A et AA "
            "(axe-core) et validité du code HTML (Nu Html Checker). Le "
            "site fonctionne sans JavaScript, au clavier, et respecte le "
            "réglage « réduire les animations ».</p><h2>Signaler un "
            "problème</h2><p>Si vous ne parvenez pas à accéder à un "
            "contenu ou à un service, écrivez-nous depuis la <a "
            'href="/fr/contact/">page Contact</a> ou appelez le +33 3 20 '
            "53 76 76 : nous vous répondrons et vous transmettrons "
            "l’information sous une autre forme.</p><h2>Voies de "
            "recours</h2><p>Si vous n’obtenez pas de réponse "
            "satisfaisante, vous pouvez écrire au Défenseur des droits "
            "(formulaire en ligne sur defenseurdesdroits.fr), contacter "
            "son délégué dans votre région, ou lui écrire gratuitement, "
            "sans timbre : Défenseur des droits, Libre réponse 71120, "
            "75342 Paris CEDEX 07.</p>",
            "<p>Cette déclaration d’accessibilité s’applique au site du "
            "Partenariat.</p><h2>État de conformité</h2><p>Le site du "
            "Partenariat est <strong>non conforme</strong> au référentiel "
            "général d’amélioration de l’accessibilité (RGAA), version 4.1 "
            ": il n’a encore fait l’objet d’aucun audit de conformité. "
            "Cette mention changera quand un audit aura mesuré son taux de "
            "conformité.</p><h2>Contenus non accessibles</h2><p>Faute "
            "d’audit, la liste des non-conformités n’est pas établie. Nous "
            "savons déjà que les documents téléchargeables (rapports, "
            "évaluations, lettres d’information en PDF) n’ont pas été "
            "vérifiés et peuvent ne pas être accessibles, et que les sites "
            "vers lesquels nous renvoyons (cartes, réseaux sociaux) ne "
            "dépendent pas de nous.</p><h2>Établissement de cette "
            "déclaration</h2><p>Cette déclaration a été établie le 2 "
            "décembre 2026.</p><p>Technologies utilisées : HTML, CSS ; le "
            "site fonctionne sans JavaScript. Vérifications réalisées : "
            "chaque page publique, en français et en anglais, sur "
            "téléphone (375 pixels de large) et sur ordinateur (1 280 "
            "pixels), est vérifiée automatiquement à chaque modification "
            "du site avec le navigateur Chromium : règles WCAG 2.1 niveaux "
            "A et AA (axe-core) et validité du code HTML (Nu Html "
            "Checker). Le site se parcourt au clavier et respecte le "
            "réglage « réduire les animations ». Ces tests automatiques ne "
            "remplacent pas un audit.</p><h2>Retour d’information et "
            "contact</h2><p>Si vous ne parvenez pas à accéder à un contenu "
            "ou à un service, écrivez-nous depuis la <a "
            'href="/fr/contact/">page Contact</a> ou appelez le +33 3 20 '
            "53 76 76 : nous vous répondrons et vous transmettrons "
            "l’information sous une autre forme.</p><h2>Voies de "
            "recours</h2><p>Si vous nous avez signalé un défaut "
            "d’accessibilité qui vous empêche d’accéder à un contenu ou à "
            "un service et que vous n’avez pas obtenu de réponse "
            "satisfaisante, vous pouvez écrire au Défenseur des droits "
            "(formulaire en ligne sur defenseurdesdroits.fr), contacter "
            "son délégué dans votre région, ou lui écrire gratuitement, "
            "sans timbre : Défenseur des droits, Libre réponse 71120, "
            "75342 Paris CEDEX 07.</p>",
        ),
    },
    "legal": {
        "body_en": (
            "<h2>Publisher</h2><p>Le Partenariat, a non-profit association under "
            "the French law of 1901, founded in Lille in 1981 as the “Partenariat "
            "Lille Saint-Louis du Sénégal”.<br>71 rue Victor Renard, 59000 Lille, "
            "France.<br>Telephone: +33 3 20 53 76 76.</p><h2>Publication "
            "director</h2><p>To be confirmed.</p><h2>Host</h2><p>To be confirmed "
            "(name, address and telephone of the hosting "
            "company).</p><h2>Content</h2><p>The texts and images of this website "
            "belong to Le Partenariat unless stated otherwise. This website sets "
            "no audience-measurement or advertising cookie and loads nothing from "
            "another website.</p>",
            "<h2>Publisher</h2><p>Le Partenariat, a non-profit association under "
            "the French law of 1901, founded in Lille in 1981 as the “Partenariat "
            "Lille Saint-Louis du Sénégal”.<br>71 rue Victor Renard, 59000 Lille, "
            "France.<br>Telephone: +33 3 20 53 76 76.</p><h2>Publication "
            "director</h2><p>To be confirmed.</p><h2>Host</h2><p>To be confirmed "
            "(name, address and telephone of the hosting "
            "company).</p><h2>Content</h2><p>The texts and images of this website "
            "belong to Le Partenariat unless stated otherwise. This website sets "
            "no cookies to measure its audience or for advertising, and loads "
            "nothing from another website.</p>",
        )
    },
    "privacy": {
        "body_en": (
            "<h2>What we keep</h2><p>When you write to us through the contact "
            "form, we store your name, your email address, the subject and text "
            "of your message, the language you wrote it in and when you sent it. "
            "We do not keep your IP address: it is only used, for an hour at "
            "most, to limit abusive sending. The site sets no "
            "audience-measurement or advertising cookie.</p><h2>Why</h2><p>Only "
            "to answer you. We pass your data on to no one and do not use it to "
            "send you newsletters.</p><h2>Who reads it</h2><p>Le Partenariat’s "
            "reception staff in Lille, who also receive each message by email. "
            "They may forward it to the team member your request concerns "
            "(Centre Gaïa, the Saint-Louis office…).</p><h2>How long</h2><p>A "
            "handled message is deleted twelve months after it was received. A "
            "message still awaiting an answer is kept until it has been "
            "handled.</p><h2>Your rights</h2><p>You may ask to see, correct or "
            "delete your message at any time, by writing to "
            "contact@lepartenariat.org or by post to Le Partenariat, 71 rue "
            "Victor Renard, 59000 Lille, France. If you believe your rights are "
            "not respected, you may complain to the CNIL, the French data "
            "protection authority (www.cnil.fr).</p>",
            "<h2>Who is responsible</h2><p>Le Partenariat, a non-profit "
            "association under the French law of 1901, 71 rue Victor Renard, "
            "59000 Lille, France. The website sets no cookies to measure its "
            "audience or for advertising, and loads nothing from another "
            "website. It does not keep your IP address: the address is only "
            "used, for an hour at most, to stop the forms being "
            "abused.</p><h2>Messages sent through the contact form</h2><p>We "
            "store your name, your email address, the subject and text of your "
            "message, the language you wrote it in, your consent and when you "
            "sent it, only to answer you. The reception staff in Lille read them "
            "and receive each message by email; they may forward it to the team "
            "member it concerns (Centre Gaïa, the Saint-Louis office…). A "
            "handled message is deleted twelve months after it was received; a "
            "message still awaiting an answer is kept until it has been "
            "handled.</p><h2>Workshop booking requests</h2><p>To organise a "
            "class’s visit to the Centre Gaïa, we store the school, its town, "
            "the teacher’s name, email address and telephone number, the class’s "
            "level and size, the preferred time slots, your message and the date "
            "of the request. The Centre Gaïa team reads them to answer you and "
            "prepare the workshop. A declined request is deleted twelve months "
            "after it was received, an accepted one twelve months after the "
            "workshop; a request still awaiting an answer is kept until it has "
            "been handled.</p><h2>Newsletter</h2><p>If you sign up for the "
            "newsletter, we keep your email address, the language you chose, the "
            "wording of the consent you gave and its date, only to send you the "
            "newsletter. An address not confirmed through the link we send is "
            "deleted after 30 days; a confirmed address is kept until you "
            "unsubscribe, which you can do at any time through the link in every "
            "newsletter.</p><h2>Job, internship and volunteering "
            "offers</h2><p>Applications go by email or through the page named in "
            "each offer: the website itself keeps none.</p><h2>Your "
            "rights</h2><p>We pass your data on to no one. You may ask to see, "
            "correct or delete it, or object to its use, at any time, by writing "
            "to contact@lepartenariat.org or by post to Le Partenariat, 71 rue "
            "Victor Renard, 59000 Lille, France. If you believe your rights are "
            "not respected, you may complain to the CNIL, the French data "
            "protection authority (www.cnil.fr).</p>",
        ),
        "body_fr": (
            "<h2>Ce que nous gardons</h2><p>Quand vous nous écrivez par le "
            "formulaire de contact, nous enregistrons votre nom, votre adresse "
            "e-mail, le sujet et le texte de votre message, la langue dans "
            "laquelle vous l’avez écrit et la date d’envoi. Nous ne gardons pas "
            "votre adresse IP : elle sert seulement, pendant une heure au plus, "
            "à limiter les envois abusifs. Le site ne dépose aucun cookie de "
            "mesure d’audience ou de "
            "publicité.</p><h2>Pourquoi</h2><p>Uniquement pour vous répondre. "
            "Nous ne transmettons vos données à personne et ne les utilisons pas "
            "pour vous envoyer des lettres d’information.</p><h2>Qui les "
            "lit</h2><p>L’équipe salariée du Partenariat chargée de l’accueil, à "
            "Lille, qui reçoit aussi chaque message par e-mail. Elle peut le "
            "faire suivre au membre de l’équipe concerné par votre demande "
            "(Centre Gaïa, bureau de Saint-Louis…).</p><h2>Combien de "
            "temps</h2><p>Un message traité est supprimé douze mois après sa "
            "réception. Un message en attente de réponse est gardé jusqu’à ce "
            "qu’il soit traité.</p><h2>Vos droits</h2><p>Vous pouvez demander à "
            "consulter, corriger ou supprimer votre message à tout moment, en "
            "écrivant à contact@lepartenariat.org ou par courrier au "
            "Partenariat, 71 rue Victor Renard, 59000 Lille. Si vous estimez que "
            "vos droits ne sont pas respectés, vous pouvez saisir la CNIL "
            "(www.cnil.fr).</p>",
            "<h2>Qui en est responsable</h2><p>Le Partenariat, association loi "
            "1901, 71 rue Victor Renard, 59000 Lille. Le site ne dépose aucun "
            "cookie de mesure d’audience ni de publicité et ne charge aucune "
            "ressource depuis un autre site. Il ne garde pas votre adresse IP : "
            "elle sert seulement, pendant une heure au plus, à limiter les "
            "envois abusifs des formulaires.</p><h2>Messages du formulaire de "
            "contact</h2><p>Nous enregistrons votre nom, votre adresse e-mail, "
            "l’objet et le texte de votre message, la langue dans laquelle vous "
            "l’avez écrit, votre accord et la date d’envoi, uniquement pour vous "
            "répondre. L’équipe chargée de l’accueil, à Lille, les lit et reçoit "
            "chaque message par e-mail ; elle peut le faire suivre au membre de "
            "l’équipe concerné (Centre Gaïa, bureau de Saint-Louis…). Un message "
            "traité est supprimé douze mois après sa réception ; un message en "
            "attente de réponse est gardé jusqu’à ce qu’il soit "
            "traité.</p><h2>Demandes de réservation d’ateliers</h2><p>Pour "
            "organiser la venue d’une classe au Centre Gaïa, nous enregistrons "
            "l’école, la commune, le nom, l’adresse e-mail et le téléphone de "
            "l’enseignant ou de l’enseignante, le niveau et l’effectif de la "
            "classe, les créneaux souhaités, votre message et la date de la "
            "demande. L’équipe du Centre Gaïa les lit pour vous répondre et "
            "préparer l’atelier. Une demande refusée est supprimée douze mois "
            "après sa réception, une demande acceptée douze mois après l’atelier "
            "; une demande en attente de réponse est gardée jusqu’à ce qu’elle "
            "soit traitée.</p><h2>Lettre d’information</h2><p>Si vous vous "
            "inscrivez à la lettre d’information, nous gardons votre adresse "
            "e-mail, la langue choisie, le texte de l’accord que vous avez donné "
            "et sa date, uniquement pour vous envoyer la lettre. Une adresse non "
            "confirmée par le lien envoyé est supprimée au bout de 30 jours ; "
            "une adresse confirmée est gardée jusqu’à votre désinscription, "
            "possible à tout moment par le lien présent dans chaque "
            "lettre.</p><h2>Offres d’emploi, de stage et de "
            "volontariat</h2><p>Les candidatures se font par e-mail ou sur la "
            "page indiquée dans chaque offre : le site lui-même n’en garde "
            "aucune.</p><h2>Vos droits</h2><p>Nous ne transmettons vos données à "
            "personne. Vous pouvez demander à les consulter, à les corriger ou à "
            "les supprimer, ou vous opposer à leur usage, à tout moment, en "
            "écrivant à contact@lepartenariat.org ou par courrier au "
            "Partenariat, 71 rue Victor Renard, 59000 Lille. Si vous estimez que "
            "vos droits ne sont pas respectés, vous pouvez adresser une "
            "réclamation à la CNIL (www.cnil.fr).</p>",
        ),
        "intro_en": (
            "What we do with the messages sent through the contact form.",
            "The personal data this website keeps, why, for how long, and how "
            "to exercise your rights.",
        ),
        "intro_fr": (
            "Ce que nous faisons des messages envoyés par le formulaire de contact.",
            "Les données personnelles que le site garde, pourquoi, combien de "
            "temps, et comment exercer vos droits.",
        ),
    },
}


def _apply(apps, direction):
    model = apps.get_model("association", "Page")
    correct_seeded_texts(model, CHANGES, forward=direction == "forward")


def forward(apps, schema_editor):
    _apply(apps, "forward")


def backward(apps, schema_editor):
    _apply(apps, "backward")


class Migration(migrations.Migration):
    dependencies = [("association", "0011_partner_role_funding")]

    operations = [migrations.RunPython(forward, backward)]

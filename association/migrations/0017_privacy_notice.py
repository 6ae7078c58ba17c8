"""Issue #26: the privacy notice's processings, periods, processors and rights are now written
by the site from its settings (association.privacy), so the seeded text keeps only what is
not: cookies. Changed only where it still reads exactly as seeded (core.seeding)."""

from django.db import migrations, models

from core.seeding import correct_seeded_texts

# {seed_key: {field: (old text, new text)}}
CHANGES = {'privacy': {'body_fr': ('<h2>Qui en est responsable</h2><p>Le Partenariat, association loi '
                         '1901, 71 rue Victor-Renard, 59000 Lille. Le site ne dépose aucun '
                         'cookie de mesure d’audience ni de publicité et ne charge aucune '
                         'ressource depuis un autre site. Il ne garde pas votre adresse IP : '
                         'elle sert seulement, pendant une heure au plus, à limiter les '
                         'envois abusifs des formulaires.</p><h2>Messages du formulaire de '
                         'contact</h2><p>Nous enregistrons votre nom, votre adresse e-mail, '
                         'l’objet et le texte de votre message, la langue dans laquelle vous '
                         'l’avez écrit, votre accord et la date d’envoi, uniquement pour vous '
                         'répondre. L’équipe chargée de l’accueil, à Lille, les lit et reçoit '
                         'chaque message par e-mail ; elle peut le faire suivre au membre de '
                         'l’équipe concerné (Centre Gaïa, bureau de Saint-Louis…). Un message '
                         'traité est supprimé douze mois après sa réception ; un message en '
                         'attente de réponse est gardé jusqu’à ce qu’il soit '
                         'traité.</p><h2>Demandes de réservation d’ateliers</h2><p>Pour '
                         'organiser la venue d’une classe au Centre Gaïa, nous enregistrons '
                         'l’école, la commune, le nom, l’adresse e-mail et le téléphone de '
                         'l’enseignant ou de l’enseignante, le niveau et l’effectif de la '
                         'classe, les créneaux souhaités, votre message et la date de la '
                         'demande. L’équipe du Centre Gaïa les lit pour vous répondre et '
                         'préparer l’atelier. Une demande refusée est supprimée douze mois '
                         'après sa réception, une demande acceptée douze mois après l’atelier '
                         '; une demande en attente de réponse est gardée jusqu’à ce qu’elle '
                         'soit traitée.</p><h2>Lettre d’information</h2><p>Si vous vous '
                         'inscrivez à la lettre d’information, nous gardons votre adresse '
                         'e-mail, la langue choisie, le texte de l’accord que vous avez donné '
                         'et sa date, uniquement pour vous envoyer la lettre. Une adresse non '
                         'confirmée par le lien envoyé est supprimée au bout de 30 jours ; '
                         'une adresse confirmée est gardée jusqu’à votre désinscription, '
                         'possible à tout moment par le lien présent dans chaque '
                         'lettre.</p><h2>Offres d’emploi, de stage et de '
                         'volontariat</h2><p>Les candidatures se font par e-mail ou sur la '
                         'page indiquée dans chaque offre : le site lui-même n’en garde '
                         'aucune.</p><h2>Vos droits</h2><p>Nous ne transmettons vos données à '
                         'personne. Vous pouvez demander à les consulter, à les corriger ou à '
                         'les supprimer, ou vous opposer à leur usage, à tout moment, en '
                         'écrivant à contact@lepartenariat.org ou par courrier au '
                         'Partenariat, 71 rue Victor-Renard, 59000 Lille. Si vous estimez que '
                         'vos droits ne sont pas respectés, vous pouvez adresser une '
                         'réclamation à la CNIL (www.cnil.fr).</p>',
                         '<h2>Cookies et mesure d’audience</h2><p>Le site ne dépose aucun '
                         'cookie de mesure d’audience ni de publicité et ne charge aucune '
                         'ressource depuis un autre site.</p>'),
             'body_en': ('<h2>Who is responsible</h2><p>Le Partenariat, a non-profit '
                         'association under the French law of 1901, 71 rue Victor-Renard, '
                         '59000 Lille, France. The website sets no cookies to measure its '
                         'audience or for advertising, and loads nothing from another '
                         'website. It does not keep your IP address: the address is only '
                         'used, for an hour at most, to stop the forms being '
                         'abused.</p><h2>Messages sent through the contact form</h2><p>We '
                         'store your name, your email address, the subject and text of your '
                         'message, the language you wrote it in, your consent and when you '
                         'sent it, only to answer you. The reception staff in Lille read them '
                         'and receive each message by email; they may forward it to the team '
                         'member it concerns (Centre Gaïa, the Saint-Louis office…). A '
                         'handled message is deleted twelve months after it was received; a '
                         'message still awaiting an answer is kept until it has been '
                         'handled.</p><h2>Workshop booking requests</h2><p>To organise a '
                         'class’s visit to the Centre Gaïa, we store the school, its town, '
                         'the teacher’s name, email address and telephone number, the class’s '
                         'level and size, the preferred time slots, your message and the date '
                         'of the request. The Centre Gaïa team reads them to answer you and '
                         'prepare the workshop. A declined request is deleted twelve months '
                         'after it was received, an accepted one twelve months after the '
                         'workshop; a request still awaiting an answer is kept until it has '
                         'been handled.</p><h2>Newsletter</h2><p>If you sign up for the '
                         'newsletter, we keep your email address, the language you chose, the '
                         'wording of the consent you gave and its date, only to send you the '
                         'newsletter. An address not confirmed through the link we send is '
                         'deleted after 30 days; a confirmed address is kept until you '
                         'unsubscribe, which you can do at any time through the link in every '
                         'newsletter.</p><h2>Job, internship and volunteering '
                         'offers</h2><p>Applications go by email or through the page named in '
                         'each offer: the website itself keeps none.</p><h2>Your '
                         'rights</h2><p>We pass your data on to no one. You may ask to see, '
                         'correct or delete it, or object to its use, at any time, by writing '
                         'to contact@lepartenariat.org or by post to Le Partenariat, 71 rue '
                         'Victor-Renard, 59000 Lille, France. If you believe your rights are '
                         'not respected, you may complain to the CNIL, the French data '
                         'protection authority (www.cnil.fr).</p>',
                         '<h2>Cookies and audience measurement</h2><p>The website sets no '
                         'cookies to measure its audience or for advertising, and loads '
                         'nothing from another website.</p>')}}


def forward(apps, schema_editor):
    correct_seeded_texts(apps.get_model("association", "Page"), CHANGES)


def backward(apps, schema_editor):
    correct_seeded_texts(apps.get_model("association", "Page"), CHANGES, forward=False)


class Migration(migrations.Migration):

    dependencies = [
        ('association', '0016_legal_notice_facts'),
    ]

    operations = [
        migrations.AddField(
            model_name='legalnotice',
            name='mail_provider',
            field=models.CharField(blank=True, help_text="The company that sends and stores the site's e-mails (contact copies, booking answers, newsletter confirmations): named in the privacy notice.", max_length=200, verbose_name='e-mail provider'),
        ),
        migrations.AddField(
            model_name='legalnotice',
            name='transfers_outside_eu',
            field=models.TextField(blank=True, help_text='Where the host or the e-mail provider keeps data outside the EU: where, and on what safeguard (e.g. standard contractual clauses). Empty: none.', verbose_name='transfers outside the European Union'),
        ),
        migrations.RunPython(forward, backward),
    ]

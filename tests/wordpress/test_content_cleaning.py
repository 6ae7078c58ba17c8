"""WordPress bodies become the site's text, images and videos, with nothing of the builder's
shortcodes left (#24)."""

from wordpress.content import ImageRef, as_rich_text, clean, summary


def test_blank_lines_become_paragraphs_and_single_newlines_line_breaks():
    assert clean("Premier paragraphe.\n\nDeuxième ligne\net la suite.") == [
        ("text", "<p>Premier paragraphe.</p>\n<p>Deuxième ligne<br>\net la suite.</p>")
    ]


def test_divi_sections_leave_their_text_and_no_shortcode():
    body = (
        '[et_pb_section fb_built="1"][et_pb_row][et_pb_column type="4_4"]'
        '[et_pb_text admin_label="Texte"]<p>Le centre Gaïa accueille 10 000 personnes.</p>'
        "[/et_pb_text][et_pb_divider /][/et_pb_column][/et_pb_row][/et_pb_section]"
    )
    assert clean(body) == [("text", "<p>Le centre Gaïa accueille 10 000 personnes.</p>")]


def test_divi_image_video_and_button_modules_become_blocks():
    body = (
        '[et_pb_image src="https://www.lepartenariat.org/wp-content/uploads/2020/01/ecole.jpg"'
        ' alt="Une école" title_text="L’école de Podor"][/et_pb_image]'
        '[et_pb_video src="https://www.youtube.com/watch?v=dQw4w9WgXcQ"][/et_pb_video]'
        '[et_pb_button button_url="https://www.helloasso.com/don" button_text="Faire un don"]'
        "[/et_pb_button]"
    )
    assert clean(body) == [
        (
            "image",
            ImageRef(
                None,
                "https://www.lepartenariat.org/wp-content/uploads/2020/01/ecole.jpg",
                caption="L’école de Podor",
                alt="Une école",
            ),
        ),
        ("video", "https://www.youtube.com/watch?v=dQw4w9WgXcQ"),
        (
            "text",
            '<p><a href="https://www.helloasso.com/don" rel="noopener">Faire un don</a></p>',
        ),
    ]


def test_a_caption_gives_its_attachment_and_its_text():
    body = (
        '[caption id="attachment_31" align="aligncenter" width="300"]<img '
        'class="size-medium wp-image-31" src="/wp-content/uploads/puits-300x200.jpg" '
        'alt="Le puits" /> Le puits de l’école[/caption]'
    )
    assert clean(body) == [
        (
            "image",
            ImageRef(
                31,
                "/wp-content/uploads/puits-300x200.jpg",
                caption="Le puits de l’école",
                alt="Le puits",
            ),
        )
    ]


def test_a_gallery_gives_each_of_its_pictures():
    assert clean('[gallery columns="2" ids="12,14"]') == [
        ("image", ImageRef(12, "")),
        ("image", ImageRef(14, "")),
    ]


def test_a_video_url_alone_on_its_line_and_an_embed_become_videos():
    body = "Regardez :\n\nhttps://vimeo.com/76979871\n\n[embed]https://youtu.be/dQw4w9WgXcQ[/embed]"
    assert clean(body) == [
        ("text", "<p>Regardez :</p>"),
        ("video", "https://vimeo.com/76979871"),
        ("video", "https://youtu.be/dQw4w9WgXcQ"),
    ]


def test_a_video_url_inside_a_sentence_stays_a_sentence():
    body = "Voir https://vimeo.com/76979871 pour le film."
    assert clean(body) == [("text", "<p>Voir https://vimeo.com/76979871 pour le film.</p>")]


def test_gutenberg_comments_and_figures_become_blocks():
    body = (
        "<!-- wp:paragraph --><p>Texte.</p><!-- /wp:paragraph -->"
        '<!-- wp:image {"id":9} --><figure class="wp-block-image"><img src="/a.jpg" alt="A" '
        'class="wp-image-9"/><figcaption>Légende</figcaption></figure><!-- /wp:image -->'
    )
    assert clean(body) == [
        ("text", "<p>Texte.</p>"),
        ("image", ImageRef(9, "/a.jpg", caption="Légende", alt="A")),
    ]


def test_scripts_styles_handlers_and_iframes_are_dropped():
    body = (
        '<script>alert("x")</script><style>p { color: red }</style>'
        '<p onclick="steal()">Bonjour <a href="javascript:alert(1)">ici</a></p>'
        '<iframe src="https://tracker.example/"></iframe>'
    )
    assert clean(body) == [("text", "<p>Bonjour <a>ici</a></p>")]


def test_unknown_shortcodes_lose_their_tags_but_brackets_in_sentences_stay():
    body = '[one_half]Moitié [sic] et [1][/one_half] [contact-form-7 id="5"]'
    assert clean(body) == [("text", "<p>Moitié [sic] et [1]</p>")]


def test_a_news_post_shows_its_videos_as_links():
    blocks = [("text", "<p>Le film.</p>"), ("video", "https://vimeo.com/76979871")]
    assert as_rich_text(blocks) == (
        '<p>Le film.</p>\n<p><a href="https://vimeo.com/76979871" rel="noopener">'
        "https://vimeo.com/76979871</a></p>"
    )


def test_a_summary_is_cut_at_a_word():
    blocks = [("text", "<p>" + "mot " * 100 + "</p>")]
    assert summary(blocks, limit=20) == "mot mot mot mot mot…"

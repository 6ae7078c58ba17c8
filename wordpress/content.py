"""WordPress post content turned into the site's blocks: text, images and videos (#24).

A WordPress body mixes HTML, the Divi builder's shortcodes (`[et_pb_section]…[et_pb_text]`),
WordPress's own (`[caption]`, `[gallery]`, `[embed]`), Gutenberg's block comments and
paragraphs that exist only as blank lines (`wpautop` adds the `<p>` when WordPress shows the
page). `clean` reads it into an ordered list of blocks:

- ("text", html): rich text already passed through the site's sanitiser (core.rich_text),
  so scripts, styles, event handlers and iframes are gone and nothing of a shortcode shows;
- ("image", ImageRef): a picture the text showed, by attachment ID when the markup names it
  and by address otherwise; the importer finds the upload it came from;
- ("video", url): a video of a known host, from Divi's video module, `[embed]`, a Gutenberg
  embed or a URL alone on its line, as WordPress's oEmbed showed it.
"""

import html
import re
from dataclasses import dataclass

from core.rich_text import sanitize

VIDEO_URL = re.compile(
    r"https?://(?:www\.|m\.)?(?:youtube\.com/(?:watch\?|embed/|shorts/)|youtu\.be/|"
    r"youtube-nocookie\.com/embed/|vimeo\.com/|player\.vimeo\.com/video/|"
    r"dailymotion\.com/video/|dai\.ly/)\S+",
    re.IGNORECASE,
)
VIDEO_LINE = re.compile(
    r"^[ \t]*(?:<p>)?[ \t]*(" + VIDEO_URL.pattern + r")[ \t]*(?:</p>)?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
GUTENBERG_COMMENT = re.compile(r"<!--\s*/?wp:.*?-->", re.DOTALL)
ATTRIBUTE = re.compile(r"""([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'\]]+))""")
CAPTION = re.compile(r"\[(?:wp_)?caption([^\]]*)\](.*?)\[/(?:wp_)?caption\]", re.DOTALL)
GALLERY = re.compile(r"\[gallery([^\]]*)\]")
EMBED = re.compile(r"\[embed[^\]]*\](.*?)\[/embed\]", re.DOTALL)
VIDEO_SHORTCODE = re.compile(r"\[video([^\]]*)\](?:\s*\[/video\])?")
DIVI_IMAGE = re.compile(r"\[et_pb_image([^\]]*)\](?:\s*\[/et_pb_image\])?")
DIVI_VIDEO = re.compile(
    r"\[et_pb_video(?:_slider_item)?([^\]]*)\](?:\s*\[/et_pb_video(?:_slider_item)?\])?"
)
DIVI_BUTTON = re.compile(r"\[et_pb_button([^\]]*)\](?:\s*\[/et_pb_button\])?")
# Titled Divi modules (blurbs, toggles, tabs…) show their title above their text.
DIVI_TITLED = re.compile(r"\[et_pb_(?:blurb|toggle|accordion_item|tab|cta)([^\]]*)\]")
FIGURE = re.compile(r"<figure[^>]*>(.*?)</figure>", re.DOTALL | re.IGNORECASE)
IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
FIGCAPTION = re.compile(r"<figcaption[^>]*>(.*?)</figcaption>", re.DOTALL | re.IGNORECASE)
TAG_ATTRIBUTE = re.compile(r"""([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
WP_IMAGE_CLASS = re.compile(r"\bwp-image-(\d+)\b")
# Shortcodes of known families, and any other whose closing tag appears in the text, are
# markup: their tags go, their enclosed text stays. "[sic]" or "[1]" in a sentence stay.
KNOWN_SHORTCODE = re.compile(
    r"\[/?(?:et_pb_[\w-]+|caption|wp_caption|gallery|embed|video|audio|playlist|"
    r"contact-form-7|vc_[\w-]+)\b[^\]]*\]"
)
SHORTCODE_TOKEN = r"\[/?{name}\b[^\]]*\]"
CLOSING_SHORTCODE = re.compile(r"\[/([a-z][\w-]*)\]")
BLOCK_TAG = re.compile(
    r"^\s*<(?:p|h[1-6]|ul|ol|li|blockquote|div|table|figure|pre|hr|section|dl)\b", re.IGNORECASE
)
EMPTY_PARAGRAPH = re.compile(r"<p>(?:\s|&nbsp;|<br>)*</p>")
MARKER = "\x00{}\x00"
MARKER_SPLIT = re.compile(r"\x00(\d+)\x00")


@dataclass(frozen=True)
class ImageRef:
    attachment_id: int | None
    src: str
    caption: str = ""
    alt: str = ""


def attributes(text):
    return {
        match.group(1).lower(): html.unescape(
            next(value for value in match.groups()[1:] if value is not None)
        )
        for match in ATTRIBUTE.finditer(text)
    }


def tag_attributes(tag):
    return {
        match.group(1).lower(): html.unescape(match.group(2) or match.group(3) or "")
        for match in TAG_ATTRIBUTE.finditer(tag)
    }


def image_from_tag(tag, caption=""):
    values = tag_attributes(tag)
    found = WP_IMAGE_CLASS.search(values.get("class", ""))
    return ImageRef(
        attachment_id=int(found.group(1)) if found else None,
        src=values.get("src", ""),
        caption=caption,
        alt=values.get("alt", ""),
    )


def plain(text):
    """Text without tags, for captions."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", text)).split())


class _Blocks:
    """The media found so far; each stands in the text as a marker until the end."""

    def __init__(self):
        self.media = []

    def put(self, block):
        self.media.append(block)
        return f"\n\n{MARKER.format(len(self.media) - 1)}\n\n"


def _extract_media(text, blocks):
    def caption(match):
        values = attributes(match.group(1))
        inner = match.group(2)
        tag = IMG.search(inner)
        if not tag:
            return inner
        ref = image_from_tag(tag.group(0), caption=plain(IMG.sub("", inner)))
        if ref.attachment_id is None and values.get("id", "").startswith("attachment_"):
            number = values["id"].removeprefix("attachment_")
            if number.isdigit():
                ref = ImageRef(int(number), ref.src, ref.caption, ref.alt)
        return blocks.put(("image", ref))

    def gallery(match):
        ids = attributes(match.group(1)).get("ids", "")
        return "".join(
            blocks.put(("image", ImageRef(int(number), ""))) for number in re.findall(r"\d+", ids)
        )

    def divi_image(match):
        values = attributes(match.group(1))
        if not values.get("src"):
            return ""
        return blocks.put(
            (
                "image",
                ImageRef(
                    None,
                    values["src"],
                    caption=values.get("title_text", ""),
                    alt=values.get("alt", ""),
                ),
            )
        )

    def video(match):
        values = attributes(match.group(1))
        url = values.get("src") or values.get("youtube") or values.get("vimeo") or ""
        return blocks.put(("video", url)) if VIDEO_URL.fullmatch(url) else ""

    def button(match):
        values = attributes(match.group(1))
        url, label = values.get("button_url", ""), values.get("button_text", "")
        if not url or not label:
            return ""
        return f'\n\n<p><a href="{html.escape(url)}">{html.escape(label)}</a></p>\n\n'

    def titled(match):
        title = attributes(match.group(1)).get("title", "")
        return f"\n\n<h3>{html.escape(title)}</h3>\n\n" if title else ""

    def figure(match):
        inner = match.group(1)
        tag = IMG.search(inner)
        if tag:
            found = FIGCAPTION.search(inner)
            return blocks.put(
                ("image", image_from_tag(tag.group(0), plain(found.group(1)) if found else ""))
            )
        # A Gutenberg embed keeps its URL on a line of its own inside the figure.
        return "\n\n" + plain(inner) + "\n\n"

    text = GUTENBERG_COMMENT.sub("", text)
    text = CAPTION.sub(caption, text)
    text = GALLERY.sub(gallery, text)
    text = EMBED.sub(lambda match: f"\n\n{plain(match.group(1))}\n\n", text)
    text = VIDEO_SHORTCODE.sub(video, text)
    text = DIVI_IMAGE.sub(divi_image, text)
    text = DIVI_VIDEO.sub(video, text)
    text = DIVI_BUTTON.sub(button, text)
    text = DIVI_TITLED.sub(titled, text)
    text = FIGURE.sub(figure, text)
    text = IMG.sub(lambda match: blocks.put(("image", image_from_tag(match.group(0)))), text)
    text = VIDEO_LINE.sub(lambda match: blocks.put(("video", match.group(1))), text)
    return text


def _strip_shortcodes(text):
    closed = set(CLOSING_SHORTCODE.findall(text))
    for name in closed:
        text = re.sub(SHORTCODE_TOKEN.format(name=re.escape(name)), "\n\n", text)
    return KNOWN_SHORTCODE.sub("\n\n", text)


def autop(text):
    """WordPress's implicit paragraphs made explicit, as `wpautop` shows them."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    paragraphs = []
    for chunk in re.split(r"\n\s*\n", text):
        chunk = chunk.strip()
        if not chunk:
            continue
        if BLOCK_TAG.match(chunk):
            paragraphs.append(chunk)
        else:
            paragraphs.append("<p>" + "<br>\n".join(chunk.split("\n")) + "</p>")
    return "\n".join(paragraphs)


def rich_text(text):
    text = re.sub(r"<(/?)h1\b", r"<\1h2", text, flags=re.IGNORECASE)
    text = re.sub(r"<(/?)h[56]\b", r"<\1h4", text, flags=re.IGNORECASE)
    cleaned = EMPTY_PARAGRAPH.sub("", sanitize(autop(text)))
    return cleaned.strip()


def clean(text):
    """The ordered blocks of a WordPress body: ("text", html), ("image", ImageRef) and
    ("video", url)."""
    blocks = _Blocks()
    text = _strip_shortcodes(_extract_media(text or "", blocks))
    result = []
    parts = MARKER_SPLIT.split(text)
    for index, part in enumerate(parts):
        if index % 2:
            result.append(blocks.media[int(part)])
            continue
        cleaned = rich_text(part)
        if cleaned:
            result.append(("text", cleaned))
    return result


def as_rich_text(blocks):
    """One rich text for a kind that holds text only: each video becomes a link to it, as
    the site shows a video without JavaScript; images are left to the caller."""
    parts = []
    for kind, value in blocks:
        if kind == "text":
            parts.append(value)
        elif kind == "video":
            parts.append(
                sanitize(f'<p><a href="{html.escape(value)}">{html.escape(value)}</a></p>')
            )
    return "\n".join(parts)


def summary(blocks, limit=300):
    """The first sentences of the text, cut at a word, for a summary WordPress never had."""
    words = plain(" ".join(value for kind, value in blocks if kind == "text")).split()
    text = ""
    for word in words:
        if len(text) + len(word) + 1 > limit:
            return text + "…"
        text = f"{text} {word}" if text else word
    return text

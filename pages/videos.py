"""Which video hosts a page may show, and the player each one gives (#23).

Nothing is loaded from a host until the visitor presses play: the page shows the thumbnail
stored with the section and a link to the video, and `static/js/video.js` puts the player
in its place on demand. A page's CSP allows frames from the hosts of its own videos only
(pages.views), read from the same Player.
"""

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

# YouTube's privacy-enhanced host sets no cookie until the video plays.
YOUTUBE_PLAYER = "https://www.youtube-nocookie.com"
VIMEO_PLAYER = "https://player.vimeo.com"
DAILYMOTION_PLAYER = "https://www.dailymotion.com"

YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")
NUMERIC_ID = re.compile(r"^[0-9]+$")
DAILYMOTION_ID = re.compile(r"^[A-Za-z0-9]+$")
# PeerTube videos are at /w/<short id> or /videos/watch/<uuid>.
PEERTUBE_PATH = re.compile(r"^/(?:w|videos/watch)/([A-Za-z0-9-]+)/?$")


@dataclass(frozen=True)
class Player:
    host_name: str
    embed_url: str
    watch_url: str

    @property
    def origin(self):
        parts = urlsplit(self.embed_url)
        return f"{parts.scheme}://{parts.netloc}"


def youtube(url):
    host = url.hostname or ""
    if host == "youtu.be":
        video_id = url.path.strip("/")
    elif host in ("youtube.com", "www.youtube.com", "m.youtube.com"):
        if url.path == "/watch":
            video_id = parse_qs(url.query).get("v", [""])[0]
        else:
            video_id = url.path.removeprefix("/embed/").removeprefix("/shorts/")
    else:
        return None
    if not YOUTUBE_ID.match(video_id):
        return None
    return Player(
        "YouTube",
        f"{YOUTUBE_PLAYER}/embed/{video_id}?autoplay=1",
        f"https://www.youtube.com/watch?v={video_id}",
    )


def vimeo(url):
    if (url.hostname or "") not in ("vimeo.com", "www.vimeo.com"):
        return None
    video_id = url.path.strip("/")
    if not NUMERIC_ID.match(video_id):
        return None
    return Player(
        "Vimeo",
        # `dnt=1`: Vimeo's player then tracks no session.
        f"{VIMEO_PLAYER}/video/{video_id}?autoplay=1&dnt=1",
        f"https://vimeo.com/{video_id}",
    )


def dailymotion(url):
    host = url.hostname or ""
    if host == "dai.ly":
        video_id = url.path.strip("/")
    elif host in ("dailymotion.com", "www.dailymotion.com"):
        video_id = url.path.removeprefix("/video/").split("_")[0]
    else:
        return None
    if not DAILYMOTION_ID.match(video_id):
        return None
    return Player(
        "Dailymotion",
        f"{DAILYMOTION_PLAYER}/embed/video/{video_id}?autoplay=1",
        f"https://www.dailymotion.com/video/{video_id}",
    )


def peertube(url):
    # PeerTube is federated: any site may run it, so its addresses are known by their shape.
    match = PEERTUBE_PATH.match(url.path)
    if match is None:
        return None
    origin = f"https://{url.hostname}"
    return Player(
        "PeerTube",
        f"{origin}/videos/embed/{match.group(1)}?autoplay=1",
        f"{origin}/w/{match.group(1)}",
    )


def player(address):
    """The Player of a video page's address, or None for an unknown host or address."""
    url = urlsplit(address or "")
    if url.scheme != "https" or not url.hostname:
        return None
    for reader in (youtube, vimeo, dailymotion, peertube):
        found = reader(url)
        if found is not None:
            return found
    return None

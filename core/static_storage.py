"""Hashed, compressed static files once `collectstatic` has run, plain names before (#18).

A fresh clone serves its pages before anyone runs `collectstatic`: without a manifest, a
page asks for `css/site.css` instead of failing on a missing manifest entry, and WhiteNoise
finds the file in the app folders (settings: WHITENOISE_USE_FINDERS).
"""

from whitenoise.storage import CompressedManifestStaticFilesStorage


class StaticFilesStorage(CompressedManifestStaticFilesStorage):
    def stored_name(self, name):
        if not self.hashed_files:
            return name
        return super().stored_name(name)

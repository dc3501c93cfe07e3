"""The TrueType fonts embedded in every document, registered with reportlab once per process.

Liberation Serif is metric-compatible with Times New Roman (the usual face of Indonesian official
letters); Liberation Sans with Arial (receipts). Both are SIL OFL 1.1, shipped in `resources/fonts/`.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from kelurahan_desk.resources_path import resource_path


@dataclass(frozen=True)
class FontFamily:
    """reportlab names of one family's four faces (`regular` doubles as the family name in paragraphs)."""

    regular: str
    bold: str
    italic: str
    bold_italic: str


SERIF = FontFamily("KD-Serif", "KD-Serif-Bold", "KD-Serif-Italic", "KD-Serif-BoldItalic")
SANS = FontFamily("KD-Sans", "KD-Sans-Bold", "KD-Sans-Italic", "KD-Sans-BoldItalic")

_FILES = {
    SERIF: "LiberationSerif",
    SANS: "LiberationSans",
}
_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register both families with reportlab; later calls return at once. Safe from any thread."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for family, stem in _FILES.items():
            faces = (
                (family.regular, "Regular", 0, 0),
                (family.bold, "Bold", 1, 0),
                (family.italic, "Italic", 0, 1),
                (family.bold_italic, "BoldItalic", 1, 1),
            )
            for name, suffix, bold, italic in faces:
                pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", f"{stem}-{suffix}.ttf"))))
                addMapping(family.regular, bold, italic, name)
        _registered = True

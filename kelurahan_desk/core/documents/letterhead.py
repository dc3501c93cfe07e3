"""The kop surat: emblem on the left, the office's names centred, contacts, and a thick and a thin rule."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from kelurahan_desk.core.documents.fonts import SERIF, FontFamily, register_fonts


@dataclass(frozen=True)
class OfficeHeader:
    """The office as printed on documents. Names in their usual case ("Bandung", "Sukasari", "Sukarasa"):
    the kop prints them in capitals, sentences use them as given.

    `emblem_png` is the city emblem as PNG/JPEG bytes or a path to such a file; `place_name` is the
    place on signature lines ("Bandung, 28 November 2026") and defaults to `city`.
    """

    city: str
    district: str
    village: str
    address: str
    city_kind: Literal["KOTA", "KABUPATEN"] = "KOTA"
    phone: str = ""
    website: str = ""
    email: str = ""
    postcode: str = ""
    whatsapp: str = ""
    emblem_png: bytes | str | Path | None = None
    place_name: str = ""

    @property
    def place(self) -> str:
        return self.place_name or self.city

    @property
    def lurah_title(self) -> str:
        """The title on signature blocks: LURAH SUKARASA."""
        return f"LURAH {self.village.upper()}"

    @property
    def lurah_of(self) -> str:
        """As in the opening sentence of a letter: Lurah Sukarasa Kecamatan Sukasari Kota Bandung."""
        return f"Lurah {self.village} Kecamatan {self.district} {self.city_kind.title()} {self.city}"

    def contact_parts(self, compact: bool = False) -> list[str]:
        """Telephone, website, email and postcode for a letter; telephone and WhatsApp when compact."""
        parts = []
        if self.phone:
            parts.append(f"Telepon {self.phone}")
        if compact:
            return [*parts, f"WhatsApp {self.whatsapp}"] if self.whatsapp else parts
        if self.website:
            parts.append(f"Laman {self.website}")
        if self.email:
            parts.append(f"Pos-el {self.email}")
        if self.postcode:
            parts.append(f"Kode Pos {self.postcode}")
        return parts


@dataclass(frozen=True)
class _Line:
    text: str
    font: str
    size: float


class Letterhead:
    """A kop laid out for one width; `height` is known before drawing so frames can start below it.

    `base_size` is the size of the government and kecamatan lines; the kelurahan line is 4:3 of it and
    the contact lines about 3:4. `compact` (receipts) prints only telephone and WhatsApp as contacts.
    """

    RULE_GAP = 2.2
    THICK = 2.4
    THIN = 0.8

    def __init__(
        self,
        header: OfficeHeader,
        width: float,
        *,
        base_size: float = 14.0,
        family: FontFamily = SERIF,
        show_emblem: bool = True,
        emblem_size: float = 27 * mm,
        compact: bool = False,
    ) -> None:
        register_fonts()
        self.header = header
        self.width = width
        self._emblem = _image(header.emblem_png) if show_emblem else None
        self._emblem_size = emblem_size
        side = emblem_size + 3 * mm if self._emblem else 0.0
        self._text_width = width - 2 * side
        small = max(base_size * 0.72, 6.5)
        contacts = header.contact_parts(compact)
        self.lines = [
            *self._fitted(f"PEMERINTAH {header.city_kind} {header.city.upper()}", family.regular, base_size),
            *self._fitted(f"KECAMATAN {header.district.upper()}", family.regular, base_size),
            *self._fitted(f"KELURAHAN {header.village.upper()}", family.bold, base_size * 4 / 3),
            *self._fitted(header.address, family.regular, small),
            *self._fitted(", ".join(contacts), family.regular, small, parts=contacts),
        ]
        self._text_height = sum(line.size * 1.18 for line in self.lines)
        self.height = max(self._text_height, emblem_size if self._emblem else 0.0) + 2 + self.RULE_GAP + self.THICK

    def draw(self, c: Canvas, left: float, top: float) -> float:
        """Draw with the top-left corner at (left, top); returns the y just under the thin rule."""
        block = max(self._text_height, self._emblem_size if self._emblem else 0.0)
        c.saveState()
        if self._emblem is not None:
            c.drawImage(
                self._emblem,
                left,
                top - block / 2 - self._emblem_size / 2,
                width=self._emblem_size,
                height=self._emblem_size,
                preserveAspectRatio=True,
                anchor="c",
                mask="auto",
            )
        centre = left + self.width / 2
        y = top - (block - self._text_height) / 2
        for line in self.lines:
            y -= line.size * 1.18
            c.setFont(line.font, line.size)
            c.drawCentredString(centre, y + line.size * 0.22, line.text)
        rule_y = top - block - 2 - self.THICK / 2
        c.setLineWidth(self.THICK)
        c.line(left, rule_y, left + self.width, rule_y)
        thin_y = rule_y - self.THICK / 2 - self.RULE_GAP + self.THIN / 2
        c.setLineWidth(self.THIN)
        c.line(left, thin_y, left + self.width, thin_y)
        c.restoreState()
        return top - self.height

    def _fitted(self, text: str, font: str, size: float, parts: list[str] | None = None) -> list[_Line]:
        """The text on one line, shrunk down to 80% if needed; beyond that split in two at part boundaries."""
        text = " ".join(text.split())
        if not text:
            return []
        for scale in (1.0, 0.95, 0.9, 0.85, 0.8):
            if stringWidth(text, font, size * scale) <= self._text_width:
                return [_Line(text, font, size * scale)]
        chunks = parts if parts and len(parts) > 1 else text.split(" ")
        sep = ", " if parts and len(parts) > 1 else " "
        if len(chunks) < 2:
            return [_Line(text, font, size * self._text_width / stringWidth(text, font, size))]
        half = _balanced_split(chunks, font, size)
        first, second = sep.join(chunks[:half]), sep.join(chunks[half:])
        shrink = min(1.0, self._text_width / max(stringWidth(first, font, size), stringWidth(second, font, size)))
        return [_Line(first, font, size * shrink), _Line(second, font, size * shrink)]


def _balanced_split(chunks: list[str], font: str, size: float) -> int:
    """Index splitting `chunks` into two runs of most nearly equal width."""
    widths = [stringWidth(chunk, font, size) for chunk in chunks]
    total = sum(widths)
    best, best_gap, running = 1, float("inf"), 0.0
    for i in range(1, len(chunks)):
        running += widths[i - 1]
        gap = abs(total - 2 * running)
        if gap < best_gap:
            best, best_gap = i, gap
    return best


def _image(source: bytes | str | Path | None) -> ImageReader | None:
    if not source:
        return None
    if isinstance(source, bytes):
        return ImageReader(io.BytesIO(source))
    return ImageReader(str(source))

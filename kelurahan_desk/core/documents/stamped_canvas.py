"""A reportlab canvas whose output depends only on what is drawn and one given moment.

Archived letters must print again byte for byte, so nothing may come from the clock, the process or
the environment (reportlab's invariant mode still honours SOURCE_DATE_EPOCH): the PDF creation date and
file ID derive from the document's own date.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from hashlib import md5
from typing import Any

from reportlab.lib.utils import TimeStamp
from reportlab.pdfgen.canvas import Canvas

from kelurahan_desk.core.documents.fonts import SERIF, register_fonts

CREATOR = "Kelurahan Desk"  # for the document templates' `creator`


def _stamp(moment: datetime) -> TimeStamp:
    stamp = TimeStamp(invariant=True)
    utc = moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)
    stamp.t = utc.timestamp()
    stamp.lt = utc.timetuple()
    stamp.YMDhms = tuple(stamp.lt)[:6]
    stamp.dhh = stamp.dmm = 0
    stamp.tzname = "UTC"
    return stamp


def canvas_maker(moment: date | datetime) -> type[Canvas]:
    """A Canvas class for `doc.build(..., canvasmaker=...)` stamped with `moment` (a date means 00:00 UTC)."""
    register_fonts()
    if not isinstance(moment, datetime):
        moment = datetime(moment.year, moment.month, moment.day, tzinfo=UTC)

    class StampedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["invariant"] = 1
            kwargs["initialFontName"] = SERIF.regular  # else an unembedded Helvetica is referenced
            kwargs["lang"] = "id"
            super().__init__(*args, **kwargs)
            doc = self._doc
            doc._timeStamp = _stamp(moment)
            # The file ID is a digest seeded with the timestamp; seed it again from ours.
            doc.signature = md5(usedforsecurity=False)
            doc.signature.update(b"a reportlab document")
            doc.signature.update(ascii(doc._timeStamp.t).encode("ascii"))

    return StampedCanvas

"""QR codes on reportlab pages: the module matrix from `qrcode` (error correction M, one fixed mask pattern)
drawn as a single filled path of horizontal runs, with a white quiet zone around it.

Any of the eight mask patterns gives a valid symbol; choosing the "best" one means building and scoring all
eight, which costs more than the rest of a letter. A fixed mask also keeps the drawing the same for the same text.
"""

from __future__ import annotations

import qrcode
import qrcode.constants
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

MASK_PATTERN = 2
QUIET_ZONE = 4  # modules of white around the symbol, as ISO/IEC 18004 asks


def qr_matrix(text: str) -> list[list[bool]]:
    """The symbol's modules (True = dark), rows top to bottom, without a border."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0, mask_pattern=MASK_PATTERN)
    code.add_data(text)
    code.make(fit=True)
    return code.get_matrix()


def dark_runs(matrix: list[list[bool]]) -> list[tuple[int, int, int]]:
    """(row, first column, length) of every horizontal run of dark modules."""
    runs = []
    for row_number, row in enumerate(matrix):
        start = -1
        for column, dark in enumerate(row):
            if dark and start < 0:
                start = column
            elif not dark and start >= 0:
                runs.append((row_number, start, column - start))
                start = -1
        if start >= 0:
            runs.append((row_number, start, len(row) - start))
    return runs


def draw_qr(canvas: Canvas, text: str, x: float, y: float, size: float, quiet_zone: int = QUIET_ZONE) -> None:
    """Draw the QR for `text` with the symbol's bottom-left corner at (x, y) and its side `size` points.
    The quiet zone is painted white around the symbol, outside that square."""
    draw_matrix(canvas, qr_matrix(text), x, y, size, quiet_zone)


def draw_matrix(
    canvas: Canvas, matrix: list[list[bool]], x: float, y: float, size: float, quiet_zone: int = QUIET_ZONE
) -> None:
    cell = size / len(matrix)
    margin = quiet_zone * cell
    canvas.saveState()
    if quiet_zone:
        canvas.setFillColorRGB(1, 1, 1)
        canvas.rect(x - margin, y - margin, size + 2 * margin, size + 2 * margin, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    path = canvas.beginPath()
    top = y + size
    for row, start, length in dark_runs(matrix):
        path.rect(x + start * cell, top - (row + 1) * cell, length * cell, cell)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


class QrFlowable(Flowable):
    """The QR for `text` as a platypus flowable: a symbol of side `size` points inside its quiet zone
    (both count in the flowable's width and height)."""

    def __init__(self, text: str, size: float, quiet_zone: int = QUIET_ZONE) -> None:
        super().__init__()
        self.matrix = qr_matrix(text)
        self.size = size
        self.quiet_zone = quiet_zone
        self.margin = quiet_zone * size / len(self.matrix)
        self.width = self.height = size + 2 * self.margin

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        draw_matrix(self.canv, self.matrix, self.margin, self.margin, self.size, self.quiet_zone)

"""A simple emblem for the demo office, drawn pixel by pixel and written as a PNG with zlib alone.

A shield in green with a gold border, a gold five-pointed star and a white wavy band (a river) below it;
clearly not any real city's emblem.
"""

from __future__ import annotations

import math
import struct
import zlib

Pixel = tuple[int, int, int, int]

GREEN: Pixel = (22, 101, 52, 255)
GOLD: Pixel = (234, 179, 8, 255)
WHITE: Pixel = (255, 255, 255, 255)
CLEAR: Pixel = (0, 0, 0, 0)


def _inside_shield(x: float, y: float) -> bool:
    """Unit square coordinates: flat top, straight sides, a point at the bottom."""
    if not 0.1 <= x <= 0.9 or y < 0.06:
        return False
    if y <= 0.55:
        return True
    # below the middle the sides curve in to the point at (0.5, 0.96)
    half = 0.4 * math.sqrt(max(0.0, 1 - ((y - 0.55) / 0.41) ** 2))
    return abs(x - 0.5) <= half


def _inside_star(x: float, y: float, cx: float = 0.5, cy: float = 0.36, outer: float = 0.2) -> bool:
    inner = outer * 0.4
    points = []
    for i in range(10):
        radius = outer if i % 2 == 0 else inner
        angle = -math.pi / 2 + i * math.pi / 5
        points.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    inside = False
    j = len(points) - 1
    for i, (xi, yi) in enumerate(points):
        xj, yj = points[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def _pixel(x: float, y: float, edge: float) -> Pixel:
    if not _inside_shield(x, y):
        return CLEAR
    if not all(_inside_shield(x + dx, y + dy) for dx, dy in ((edge, 0), (-edge, 0), (0, edge), (0, -edge))):
        return GOLD
    if _inside_star(x, y):
        return GOLD
    wave = 0.68 + 0.03 * math.sin(x * 4 * math.pi)
    if wave <= y <= wave + 0.06:
        return WHITE
    return GREEN


def encode_png(width: int, height: int, rows: list[bytes]) -> bytes:
    """RGBA rows (4 bytes a pixel) as a PNG file."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    raw = b"".join(b"\x00" + row for row in rows)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def emblem_png(size: int = 128) -> bytes:
    edge = 0.045
    rows = []
    for py in range(size):
        y = (py + 0.5) / size
        rows.append(b"".join(bytes(_pixel((px + 0.5) / size, y, edge)) for px in range(size)))
    return encode_png(size, size, rows)

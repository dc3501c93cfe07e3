"""Numbers in Indonesian words (terbilang), as written on receipts and letters.

`1_001_000` is "satu juta seribu": a thousand group that is exactly one reads "seribu", a hundreds
digit of one reads "seratus", but the larger scales keep "satu" ("satu juta", "satu miliar").
Numbers that end a group in one still say "satu ribu" after a tens or hundreds word ("dua puluh satu
ribu", "seratus satu ribu"), which is correct.
"""

from __future__ import annotations

from kelurahan_desk.core.errors import ValidationError

MAX_TERBILANG = 999_999_999_999_999  # 999 triliun and the rest

_DIGITS = ("nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")
_SCALES = ((10**12, "triliun"), (10**9, "miliar"), (10**6, "juta"), (10**3, "ribu"))


def _below_hundred(n: int) -> list[str]:
    if n < 10:
        return [_DIGITS[n]]
    if n == 10:
        return ["sepuluh"]
    if n == 11:
        return ["sebelas"]
    if n < 20:
        return [_DIGITS[n - 10], "belas"]
    tens, ones = divmod(n, 10)
    words = [_DIGITS[tens], "puluh"]
    if ones:
        words += _below_hundred(ones)
    return words


def _below_thousand(n: int) -> list[str]:
    """Words for 1..999 (never "nol")."""
    hundreds, rest = divmod(n, 100)
    words: list[str] = []
    if hundreds == 1:
        words.append("seratus")
    elif hundreds:
        words += [_DIGITS[hundreds], "ratus"]
    if rest:
        words += _below_hundred(rest)
    return words


def terbilang(n: int) -> str:
    """`0` → "nol", `1500` → "seribu lima ratus", `-7` → "minus tujuh"; up to 999 triliun either side."""
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"terbilang takes an int, not {type(n).__name__}")
    if abs(n) > MAX_TERBILANG:
        raise ValidationError("amount", "terbilang_range", {"max": MAX_TERBILANG})
    if n == 0:
        return "nol"
    if n < 0:
        return "minus " + terbilang(-n)
    words: list[str] = []
    rest = n
    for size, name in _SCALES:
        group, rest = divmod(rest, size)
        if group == 1 and name == "ribu":
            words.append("seribu")
        elif group:
            words += [*_below_thousand(group), name]
    if rest:
        words += _below_thousand(rest)
    return " ".join(words)

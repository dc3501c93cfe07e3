"""Numbers and rupiah amounts as Indonesian writes them (60.000) and as clerks type them back (with or without
the dots, with or without "Rp")."""

from __future__ import annotations

from kelurahan_desk.core.errors import ValidationError


def thousands(number: int) -> str:
    """`60000` → `60.000`."""
    return f"{number:,}".replace(",", ".")


def parse_amount(text: str, field: str) -> int:
    """`Rp 75.000.000`, `75.000.000` or `75000000` → 75000000; empty → 0; anything else is refused on `field`."""
    digits = text.strip().replace(".", "").replace(" ", "").removeprefix("Rp").removeprefix("rp")
    if not digits:
        return 0
    if not digits.isdigit():
        raise ValidationError(field, "invalid_number")
    return int(digits)


def parse_optional_int(text: str, field: str) -> int | None:
    text = text.strip().replace(".", "")
    if not text:
        return None
    if not text.isdigit():
        raise ValidationError(field, "invalid_number")
    return int(text)

"""Case numbers that a citizen can read out over the phone: `011001-2611-0042`.

- `011001`: the office — kecamatan (2 digits) and kelurahan (4 digits) of its region code
  `32.73.01.1001`. Kelurahan numbers repeat between kecamatan (every kecamatan has a `1001`), so the
  kecamatan is needed; the province and city are the same for every office under one HQ, so they are
  left out. Two offices of one city never make the same number.
- `2611`: year and month of intake (yymm), in the office's time zone.
- `0042`: the office's counter for that month, from 1, at least four digits (a fifth appears after
  9,999 cases in one month). Cases are never deleted, so a number is never given twice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from kelurahan_desk.core.errors import ValidationError

NUMBER = re.compile(r"^(\d{6})-(\d{2})(\d{2})-(\d{4,})$")
OFFICE_CODE = re.compile(r"^\d{2}\.\d{2}\.(\d{2})\.(\d{4})$")


@dataclass(frozen=True)
class CaseNumber:
    office_part: str
    period: str  # yymm
    seq: int

    def __str__(self) -> str:
        return f"{self.office_part}-{self.period}-{self.seq:04d}"


def office_part(office_code: str) -> str:
    match = OFFICE_CODE.match(office_code)
    if match is None:
        raise ValidationError("code", "office_code_not_kelurahan")
    return match.group(1) + match.group(2)


def period_of(day: date) -> str:
    return f"{day.year % 100:02d}{day.month:02d}"


def case_number(office_code: str, received_on: date, seq: int) -> CaseNumber:
    if seq < 1:
        raise ValueError("case counters start at 1")
    return CaseNumber(office_part(office_code), period_of(received_on), seq)


def parse_case_number(text: str) -> CaseNumber:
    match = NUMBER.match(text.strip())
    if match is None or not 1 <= int(match.group(3)) <= 12 or int(match.group(4)) < 1:
        raise ValidationError("number", "case_number_format")
    return CaseNumber(match.group(1), match.group(2) + match.group(3), int(match.group(4)))

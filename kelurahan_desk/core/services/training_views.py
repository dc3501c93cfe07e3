"""What the training service hands out, and the rules of a programme's input."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from kelurahan_desk.core.errors import ValidationError

REGISTRATION_STATUSES = {"peserta": "Peserta", "cadangan": "Daftar tunggu", "batal": "Batal"}
PROGRAMME_STATUSES = {"dibuka": "Pendaftaran dibuka", "ditutup": "Pendaftaran ditutup", "selesai": "Selesai"}
OUTCOME_KINDS = {"nib": "Memperoleh NIB", "usaha": "Memulai usaha", "kerja": "Mendapat pekerjaan", "lainnya": "Lainnya"}
_TIME = re.compile(r"([01]\d|2[0-3])[.:][0-5]\d")


@dataclass(frozen=True)
class ProgrammeInput:
    """Eligibility: age on the first day between `min_age` and `max_age`; `allowed_rws` empty = every RW."""

    title: str
    organiser: str
    starts_on: date
    ends_on: date
    quota: int
    topic: str = ""
    place: str = ""
    target_group: str = ""
    min_age: int | None = None
    max_age: int | None = None
    allowed_rws: tuple[int, ...] = ()
    min_attendance_percent: int = 75


@dataclass(frozen=True)
class ProgrammeView:
    id: str
    value: ProgrammeInput
    status: str
    participants: int
    waiting: int
    sessions: int
    certificates: int
    rev: int


@dataclass(frozen=True)
class SessionInput:
    on_date: date
    start_time: str = ""
    end_time: str = ""
    topic: str = ""


@dataclass(frozen=True)
class SessionView:
    id: str
    number: int
    on_date: date
    start_time: str
    end_time: str
    topic: str


@dataclass(frozen=True)
class RegistrationView:
    """`waiting_position` is 1 for the first on the waiting list; None for participants and cancellations."""

    id: str
    resident_id: str
    name: str
    nik: str
    sex: str
    rt: int | None
    rw: int | None
    status: str
    seq: int
    waiting_position: int | None
    sessions_attended: int
    certificate_number: str
    rev: int


@dataclass(frozen=True)
class RegistrationResult:
    """The registration changed, and who moved up from the waiting list because of it (if anyone)."""

    registration: RegistrationView
    promoted: RegistrationView | None = None


@dataclass(frozen=True)
class OutcomeView:
    id: str
    registration_id: str
    name: str
    kind: str
    on_date: date
    note: str


def check_programme(value: ProgrammeInput) -> ProgrammeInput:
    title = " ".join(value.title.split())
    organiser = " ".join(value.organiser.split())
    if not title:
        raise ValidationError("title", "required")
    if not organiser:
        raise ValidationError("organiser", "required")
    if value.ends_on < value.starts_on:
        raise ValidationError("ends_on", "ends_before_start")
    if isinstance(value.quota, bool) or not 1 <= value.quota <= 10_000:
        raise ValidationError("quota", "out_of_range", {"min": 1, "max": 10_000})
    for name in ("min_age", "max_age"):
        age = getattr(value, name)
        if age is not None and not 0 <= age <= 120:
            raise ValidationError(name, "out_of_range", {"min": 0, "max": 120})
    if value.min_age is not None and value.max_age is not None and value.max_age < value.min_age:
        raise ValidationError("max_age", "age_range")
    if any(not 1 <= rw <= 999 for rw in value.allowed_rws):
        raise ValidationError("allowed_rws", "out_of_range", {"min": 1, "max": 999})
    if not 0 <= value.min_attendance_percent <= 100:
        raise ValidationError("min_attendance_percent", "out_of_range", {"min": 0, "max": 100})
    return replace(
        value,
        title=title[:150],
        organiser=organiser[:150],
        topic=value.topic.strip()[:2000],
        place=" ".join(value.place.split())[:200],
        target_group=" ".join(value.target_group.split())[:200],
        allowed_rws=tuple(sorted(set(value.allowed_rws))),
    )


def check_session(value: SessionInput, programme: ProgrammeInput) -> SessionInput:
    if not programme.starts_on <= value.on_date <= programme.ends_on:
        raise ValidationError("on_date", "session_outside_programme")
    times = []
    for name in ("start_time", "end_time"):
        text = getattr(value, name).strip()
        if text and not _TIME.fullmatch(text):
            raise ValidationError(name, "time_format")
        times.append(text.replace(":", "."))
    if times[0] and times[1] and times[1] <= times[0]:
        raise ValidationError("end_time", "ends_before_start")
    return replace(value, start_time=times[0], end_time=times[1], topic=" ".join(value.topic.split())[:200])


def age_on(birth_date: date, day: date) -> int:
    return day.year - birth_date.year - ((day.month, day.day) < (birth_date.month, birth_date.day))

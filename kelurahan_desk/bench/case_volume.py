"""Ten years of a busy office's cases, generated straight into the store for the benchmarks.

Setup only: the rows go in with plain Core bulk inserts on one connection, bypassing the unit of work, so
they have no audit rows, outbox rows or event log (what is measured afterwards — intake, queues,
receipts — goes through the services as usual). The text index is filled by the schema's own triggers.
Rows are consistent with the rules: closed cases have their closing day and verdict, open cases carry
the deadline that `case_lifecycle` gives them.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, insert, select

from kelurahan_desk.core.demo.population import MEN, STREETS, WOMEN
from kelurahan_desk.core.domain.case_deadlines import DEFAULT_POLICY, WorkingDays
from kelurahan_desk.core.domain.case_lifecycle import ActionInput, apply, new_lifecycle
from kelurahan_desk.core.domain.case_numbers import case_number, period_of
from kelurahan_desk.core.domain.case_states import CaseAction, CaseKind
from kelurahan_desk.core.services.case_views import lifecycle_columns
from kelurahan_desk.core.store.ids import uuid7
from kelurahan_desk.core.store.models import Case
from kelurahan_desk.core.store.unit_of_work import Store

SEED = 250_000
CHUNK = 10_000
OPEN_WINDOW_DAYS = 60
KINDS = (
    (CaseKind.LAPORAN,) * 9
    + (CaseKind.PENGADUAN,) * 6
    + (CaseKind.ASPIRASI,) * 3
    + (CaseKind.PERMINTAAN_INFORMASI,) * 2
)
REPORT_CATEGORIES = ("kat-jalan", "kat-drainase", "kat-pju", "kat-fasum", "kat-sampah", "kat-sosial", "kat-lainnya")
COMPLAINT_CATEGORIES = ("kat-administrasi", "kat-sosial", "kat-sampah", "kat-lainnya")
SUBJECTS = (
    "Jalan berlubang di depan {place}, membahayakan pengendara motor",
    "Selokan mampet di {place}, air meluap ke rumah warga saat hujan",
    "Lampu jalan mati sudah seminggu di {place}",
    "Sampah menumpuk di TPS dekat {place}, belum diangkut",
    "Pelayanan surat pengantar di kantor lama, antrian panjang",
    "Usul pembuatan taman bermain anak di {place}",
    "Pohon tumbang menutup sebagian jalan di {place}",
    "Permintaan salinan data bantuan sosial RW untuk {place}",
    "Trotoar rusak dan licin di {place}",
    "Genangan air setelah hujan di {place}",
)
CLOSINGS = (
    (CaseAction.SELESAIKAN, 75),
    (CaseAction.TERUSKAN, 13),
    (CaseAction.TOLAK, 7),
    (CaseAction.TANDAI_DUPLIKAT, 5),
)
MAIN_LINE = (CaseAction.VERIFIKASI, CaseAction.DISPOSISI, CaseAction.PROSES)
PATH_BEFORE = {
    CaseAction.SELESAIKAN: MAIN_LINE,
    CaseAction.TERUSKAN: MAIN_LINE[:1],
    CaseAction.TOLAK: (),
    CaseAction.TANDAI_DUPLIKAT: (),
}


def generate_cases(
    store: Store, calendar: WorkingDays, office_code: str, officers: list[str], count: int, *, years: int = 10
) -> int:
    """Adds `count` cases received over the last `years` years up to now; returns how many were written."""
    rng = random.Random(SEED)
    now = store.clock.now()
    zone = store.clock.zone
    span = timedelta(days=365 * years)
    moments = sorted(now - span + timedelta(seconds=rng.uniform(0, span.total_seconds())) for _ in range(count))
    counters: dict[str, int] = {}
    written = 0
    with store.engine.begin() as conn:
        found = conn.execute(select(Case.number_period, func.max(Case.number_seq)).group_by(Case.number_period))
        counters.update({period: seq for period, seq in found})
        rows: list[dict[str, Any]] = []
        for moment in moments:
            received_on = moment.astimezone(zone).date()
            period = period_of(received_on)
            counters[period] = counters.get(period, 0) + 1
            rows.append(_row(rng, moment, received_on, now, calendar, office_code, officers, counters[period]))
            if len(rows) == CHUNK:
                conn.execute(insert(Case.__table__), rows)
                written += len(rows)
                rows = []
        if rows:
            conn.execute(insert(Case.__table__), rows)
            written += len(rows)
    return written


def _row(
    rng: random.Random,
    moment: datetime,
    received_on: date,
    now: datetime,
    calendar: WorkingDays,
    office_code: str,
    officers: list[str],
    seq: int,
) -> dict[str, Any]:
    kind = rng.choice(KINDS)
    if kind == CaseKind.PERMINTAAN_INFORMASI:
        category = "kat-informasi"
    elif kind == CaseKind.PENGADUAN:
        category = rng.choice(COMPLAINT_CATEGORIES)
    else:
        category = rng.choice(REPORT_CATEGORIES)
    rw, rt = rng.randint(1, 12), rng.randint(1, 20)
    place = f"{rng.choice(STREETS)} RT {rt:03d}/RW {rw:03d}"
    anonymous = rng.random() < 0.05
    lc = new_lifecycle(kind, received_on, DEFAULT_POLICY, calendar)
    today = now.date()
    age = (today - received_on).days
    # older cases are all closed; of the last two months, the younger a case the likelier it is still open
    closed = age > OPEN_WINDOW_DAYS or rng.random() < age / OPEN_WINDOW_DAYS
    closing = rng.choices([a for a, _ in CLOSINGS], weights=[w for _, w in CLOSINGS])[0] if closed else None
    if closing is not None:
        path = PATH_BEFORE[closing]
    else:
        path = MAIN_LINE[: min(3, int(rng.random() * 4 * min(1.0, age / 10)))]
    given = ActionInput(
        note="Sudah ditindaklanjuti bersama RT/RW",
        reason="Bukan kewenangan atau data tidak lengkap",
        agency="Dinas Pekerjaan Umum Kota",
        assignee_id=rng.choice(officers),
        duplicate_of_id="-",  # the link itself is not needed for the figures, and is left out below
    )
    day = received_on
    for action in (*path, closing) if closing is not None else path:
        day = min(today, day + timedelta(days=rng.randint(0, 4)))
        lc = apply(lc, action, given, day, DEFAULT_POLICY, calendar)
    columns = {**lifecycle_columns(lc), "duplicate_of_id": None}
    closed_at = datetime.combine(lc.closed_on, time(3), tzinfo=UTC) if lc.closed_on else moment
    return {
        "id": uuid7(),
        "rev": 1,
        "number": str(case_number(office_code, received_on, seq)),
        "number_period": period_of(received_on),
        "number_seq": seq,
        "category_id": category,
        "channel": rng.choice(("datang", "datang", "telepon", "whatsapp", "surat")),
        "description": rng.choice(SUBJECTS).format(place=place),
        "resident_id": None,
        "citizen_name": "" if anonymous else f"{rng.choice(MEN + WOMEN)} {rng.choice(MEN)}",
        "citizen_nik": "",
        "citizen_phone": "" if anonymous else f"08{rng.randint(11, 99)}{rng.randint(10_000_000, 99_999_999)}",
        "citizen_address": "",
        "anonymous": anonymous,
        "confidential": rng.random() < 0.03,
        "rt": rt,
        "rw": rw,
        "address": place,
        "latitude": None,
        "longitude": None,
        "info_requested": "Salinan dokumen" if kind == CaseKind.PERMINTAAN_INFORMASI else "",
        "info_purpose": "",
        "info_delivery": "salinan_elektronik" if kind == CaseKind.PERMINTAAN_INFORMASI else "",
        "received_at": moment,
        "received_by": "admin",
        "updated_at": max(moment, closed_at),
        **columns,
    }

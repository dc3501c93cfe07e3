"""Letter figures, on a scratch office with real accounts, a signing key and the shipped letter types.

- `letter_pdf_ms`: one signed letter (kop with emblem, person table, QR) rendered and written to a file (median).
- `letter_issue_ms`: issuing an approved letter — number from the counter, QR signed, PDF rendered and archived,
  all committed (median). The approval's own password check (argon2id, deliberately slow) is measured apart
  as `letter_approve_ms`, which has no target.
- `letter_batch_1000_s`: 1,000 letters rendered to files on both cores.
"""

from __future__ import annotations

import statistics
import time
from dataclasses import replace
from pathlib import Path

from sqlalchemy import select

from kelurahan_desk.bench.runner import BenchContext, Target
from kelurahan_desk.composition import Services, open_services
from kelurahan_desk.core.data_folder import DataFolder
from kelurahan_desk.core.demo.emblem import emblem_png
from kelurahan_desk.core.demo.office import ADMIN, DEMO_OFFICE
from kelurahan_desk.core.documents.letter_pdf import LetterDocument, render_letter
from kelurahan_desk.core.documents.qr_payload import read_payload, sign_payload
from kelurahan_desk.core.services.accounts import NewAccount
from kelurahan_desk.core.services.letter_batch import render_batch
from kelurahan_desk.core.services.letter_documents import letter_document
from kelurahan_desk.core.services.letter_views import Approval, LetterRequest
from kelurahan_desk.core.services.permissions import Actor, Role
from kelurahan_desk.core.services.residents import ResidentInput
from kelurahan_desk.core.store.models import Letter, Office

TARGETS = {
    "letter_pdf_ms": Target(30.0, at_most=True, unit="ms"),
    "letter_issue_ms": Target(60.0, at_most=True, unit="ms"),
    "letter_batch_1000_s": Target(20.0, at_most=True, unit="s"),
}
LURAH = NewAccount("lurah", DEMO_OFFICE.lurah_name, Role.LURAH, "lurah-bench-1", nip=DEMO_OFFICE.lurah_nip)
DESK = NewAccount("petugas", "Petugas Layanan", Role.FRONT_DESK, "petugas-bench-1")
KASI = NewAccount("kasi", "Kepala Seksi", Role.VERIFIER, "kasi-bench-1")


def measure(context: BenchContext) -> dict[str, float]:
    services = open_services(DataFolder(context.workdir / "office"))
    try:
        desk, kasi, lurah = _office(services)
        letters = _approved(services, desk, kasi, lurah, 8 if context.quick else 30, context)
        issue_ms = []
        for letter_id in letters["approved"]:
            start = time.perf_counter()
            services.letters.issue(lurah, letter_id)
            issue_ms.append((time.perf_counter() - start) * 1000)
        document = _document(services, letters["approved"][-1])
        count = 100 if context.quick else 1000
        jobs = _batch_jobs(document, context.workdir / "batch", count, services)
    finally:
        services.close()
    pdf_ms = []
    for i in range(10 if context.quick else 40):
        start = time.perf_counter()
        (context.workdir / f"letter-{i}.pdf").write_bytes(render_letter(document))
        pdf_ms.append((time.perf_counter() - start) * 1000)
    start = time.perf_counter()
    written = render_batch(jobs, workers=2)
    batch_s = time.perf_counter() - start
    if written != count or len(list((context.workdir / "batch").iterdir())) != count:
        raise RuntimeError(f"batch wrote {written} of {count} letters")
    return {
        "letter_pdf_ms": statistics.median(pdf_ms),
        "letter_issue_ms": statistics.median(issue_ms),
        "letter_approve_ms": statistics.median(letters["approve_ms"]),
        "letter_batch_1000_s": batch_s * 1000 / count,  # scaled when --quick renders 100
    }


def _office(services: Services) -> tuple[Actor, Actor, Actor]:
    admin = services.office.complete_setup(ADMIN, replace(DEMO_OFFICE, is_demo=False, emblem_png=emblem_png()))
    for account in (LURAH, DESK, KASI):
        services.accounts.create_account(admin, account)
    return tuple(services.accounts.login(a.username, a.password) for a in (DESK, KASI, LURAH))  # type: ignore[return-value]


def _approved(services: Services, desk: Actor, kasi: Actor, lurah: Actor, count: int, context: BenchContext) -> dict:
    resident, _ = services.residents.create(
        desk,
        ResidentInput(
            nik="3273014101900001",
            name="Siti Aminah Rahayu",
            sex="P",
            birth_place="Bandung",
            address="Jl. Melati No. 10",
            rt=3,
            rw=5,
            religion="islam",
            marital_status="kawin",
            occupation="Karyawan Swasta",
        ),
    )
    kind = next(t for t in services.letter_types.list_types(desk) if t.code == "SKPH")
    values = {
        **services.letters.prefill(desk, kind.id, resident.id),
        "penghasilan": "1500000",
        "sumber_penghasilan": "berdagang",
        "keperluan": "beasiswa",
    }
    services.office_keys.signing_key()
    approved, approve_ms = [], []
    for _ in range(count):
        letter = services.letters.create(
            desk, LetterRequest(kind.id, values, resident.id, kind.data.requirements), submit=True
        )
        services.letters.verify(kasi, letter.id)
        start = time.perf_counter()
        services.letters.approve(lurah, letter.id, LURAH.password, Approval(), issue=False)
        approve_ms.append((time.perf_counter() - start) * 1000)
        approved.append(letter.id)
    return {"approved": approved, "approve_ms": approve_ms}


def _document(services: Services, letter_id: str) -> LetterDocument:
    with services.store.read() as s:
        row = s.get(Letter, letter_id)
        office = s.scalar(select(Office).limit(1))
        assert row is not None and office is not None
        return letter_document(row, office)


def _batch_jobs(document: LetterDocument, folder: Path, count: int, services: Services) -> list:
    """`count` different letters (own number and signed QR each) to render into `folder`."""
    key = services.office_keys.signing_key()
    payload = read_payload(document.qr_text or "")
    assert payload is not None
    jobs = []
    for i in range(count):
        number = f"400.10.2.2/{i + 1:04d}/1001/XI/2026"
        data = replace(payload.data, letter_number=number, audit_seq=payload.data.audit_seq + i)
        qr_text = sign_payload(data, key.private_key, key.key_id)
        jobs.append((replace(document, number=number, qr_text=qr_text), folder / f"{i:04d}.pdf"))
    return jobs

"""Participation figures: typing a proposal, printing the berita acara of a large forum, a batch of certificates.

- `proposal_entry_ms`: median of one proposal saved through the service (checks, audit and change capture, committed).
- `berita_acara_pdf_ms`: median of the berita acara of a forum with 300 proposals and 150 attendees, read
  from the store and rendered (attendance list and the three priority lists included).
- `certificates_200_s`: 200 certificates issued (each numbered, QR-signed and committed on its own) and
  printed as one PDF.
"""

from __future__ import annotations

import statistics
import time
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

from kelurahan_desk.bench.runner import BenchContext, Target
from kelurahan_desk.composition import Services, open_services
from kelurahan_desk.core.clock import FixedClock
from kelurahan_desk.core.data_folder import DataFolder
from kelurahan_desk.core.demo.office import ADMIN, DEMO_OFFICE
from kelurahan_desk.core.domain.musrenbang_phases import Phase
from kelurahan_desk.core.domain.proposal_status import ProposalField, ProposalInput
from kelurahan_desk.core.services.musrenbang_views import ATTENDEE_ROLES, AttendeeInput, ForumDetails
from kelurahan_desk.core.services.permissions import Actor
from kelurahan_desk.core.services.residents import ResidentInput
from kelurahan_desk.core.services.training_views import ProgrammeInput, SessionInput

TARGETS = {
    "proposal_entry_ms": Target(20.0, at_most=True, unit="ms"),
    "berita_acara_pdf_ms": Target(400.0, at_most=True, unit="ms"),
    "certificates_200_s": Target(8.0, at_most=True, unit="s"),
}
PROPOSALS = 300
ATTENDEES = 150
CERTIFICATES = 200
FIELDS = tuple(ProposalField)


def measure(context: BenchContext) -> dict[str, float]:
    services, admin = _office(context.workdir / "office")
    try:
        cycle_id, entry_ms = _proposals(services, admin, 60 if context.quick else PROPOSALS)
        figures = {"proposal_entry_ms": statistics.median(entry_ms)}
        figures["berita_acara_pdf_ms"] = _berita_acara_ms(services, admin, cycle_id, 20 if context.quick else ATTENDEES)
        figures["certificates_200_s"] = _certificates_s(services, admin, 20 if context.quick else CERTIFICATES)
    finally:
        services.close()
    return figures


def _office(root: Path) -> tuple[Services, Actor]:
    clock = FixedClock(datetime(2026, 11, 27, 2, 0, tzinfo=UTC))
    services = open_services(DataFolder(root), clock=clock)
    admin = services.office.complete_setup(ADMIN, replace(DEMO_OFFICE, is_demo=False))
    return services, admin


def _proposals(services: Services, admin: Actor, count: int) -> tuple[str, list[float]]:
    mus = services.programmes.musrenbang
    cycle = mus.open_cycle(admin, 2026)
    timings = []
    for n in range(count):
        value = ProposalInput(
            activity=f"Perbaikan saluran dan jalan lingkungan gang nomor {n} beserta sumur resapan",
            field=FIELDS[n % 3],
            location=f"Gg. Melati {n}",
            rt=1 + n % 6,
            rw=1 + n % 8,
            volume=float(50 + n),
            unit="m",
            estimated_cost=25_000_000 + n * 1_000_000,
            swadaya=1_000_000,
            proposer_name=f"RW {1 + n % 8:02d}",
        )
        start = time.perf_counter()
        mus.add_proposal(admin, cycle.id, value)
        timings.append((time.perf_counter() - start) * 1000)
    return cycle.id, timings


def _berita_acara_ms(services: Services, admin: Actor, cycle_id: str, attendees: int) -> float:
    mus, forum = services.programmes.musrenbang, services.programmes.forum
    mus.advance_phase(admin, cycle_id, Phase.PRA_MUSRENBANG)
    criteria = [c.key for c in mus.cycle(admin, cycle_id).criteria]
    for n, proposal in enumerate(mus.proposals(admin, cycle_id)):
        forum.set_scores(admin, proposal.id, {key: 1 + (n + i) % 5 for i, key in enumerate(criteria)})
    mus.advance_phase(admin, cycle_id, Phase.FORUM)
    forum.set_forum_details(
        admin,
        cycle_id,
        ForumDetails(
            date(2026, 1, 28),
            "09.00",
            "Aula Kelurahan",
            "Ketua LPM",
            "Sekretaris Kelurahan",
            "Banjir menjadi prioritas.",
        ),
    )
    roles = list(ATTENDEE_ROLES)
    for n in range(attendees):
        seat = forum.add_attendee(
            admin, cycle_id, AttendeeInput(f"Peserta Musrenbang {n + 1}", roles[n % len(roles)], f"RW {1 + n % 8:02d}")
        )
        if n < 5:
            forum.set_delegate(admin, seat.id, True)
    forum.issue_berita_acara(admin, cycle_id)
    minutes = services.programmes.minutes
    minutes.berita_acara_pdf(admin, cycle_id)
    timings = []
    for _ in range(7):
        start = time.perf_counter()
        minutes.berita_acara_pdf(admin, cycle_id)
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def _certificates_s(services: Services, admin: Actor, count: int) -> float:
    training = services.programmes.training
    programme = training.create_programme(
        admin,
        ProgrammeInput(
            "Pelatihan Kewirausahaan",
            "Dinas Koperasi dan UKM",
            date(2026, 11, 2),
            date(2026, 11, 6),
            count,
            place="Aula Kelurahan",
        ),
    )
    session = training.add_session(admin, programme.id, SessionInput(date(2026, 11, 2), "09.00", "15.00"))
    registrations = []
    for n in range(count):
        nik = f"327301{1 + n % 28:02d}{1 + n % 12:02d}90{n + 1:04d}"
        value = ResidentInput(
            nik=nik,
            name=f"Peserta Pelatihan {n + 1}",
            sex="L",
            birth_date=date(1990, 1 + n % 12, 1 + n % 28),
            address="Jl. Sukarasa",
            rt=1,
            rw=1,
        )
        resident, _ = services.residents.create(admin, value)
        registrations.append(training.register(admin, programme.id, resident.id).id)
    training.record_attendance(admin, session.id, registrations)
    services.office_keys.signing_key()  # the key is made once per office, not per batch
    start = time.perf_counter()
    numbers = training.issue_certificates(admin, programme.id)
    training.certificates_pdf(admin, programme.id)
    elapsed = time.perf_counter() - start
    if len(numbers) != count:
        raise RuntimeError(f"issued {len(numbers)} of {count} certificates")
    return elapsed

"""The yearly musrenbang: cycles and their phases, proposals typed from the RWs' paper forms, merges,
carry-over from last year, and what happens to each proposal after the forum.

Each public call is one unit of work; the cycle's current phase decides what may change
(`musrenbang_phases.OPEN_IN`). Scoring, the forum and its documents are in `musrenbang_forum`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kelurahan_desk.core.domain.case_intake import NewAttachment
from kelurahan_desk.core.domain.musrenbang_phases import (
    CycleAction,
    Phase,
    PhaseDates,
    check_advance,
    check_phase_dates,
    default_phase_dates,
)
from kelurahan_desk.core.domain.proposal_scoring import DEFAULT_CRITERIA
from kelurahan_desk.core.domain.proposal_status import (
    CARRYABLE,
    DECIDED,
    REPORTS_PROGRESS,
    ProposalInput,
    ProposalStatus,
    ProposerKind,
    check_proposal,
    check_transition,
)
from kelurahan_desk.core.errors import NotFound, ValidationError
from kelurahan_desk.core.services.musrenbang_records import (
    add_photo,
    cycle_of,
    load_cycle,
    load_proposals,
    open_for,
    proposal_of,
)
from kelurahan_desk.core.services.musrenbang_views import CycleView, ProgressView, ProposalView, criteria_json
from kelurahan_desk.core.services.permissions import Actor, Permission
from kelurahan_desk.core.store.attachment_files import AttachmentFiles
from kelurahan_desk.core.store.models import Resident
from kelurahan_desk.core.store.models.programmes import (
    MusrenbangCycle,
    MusrenbangPhase,
    Proposal,
    ProposalPhoto,
    ProposalProgress,
)
from kelurahan_desk.core.store.unit_of_work import Store

COPIED_FIELDS = (
    "activity",
    "field",
    "location",
    "rt",
    "rw",
    "volume",
    "unit",
    "estimated_cost",
    "swadaya",
    "beneficiaries",
    "proposer_kind",
    "proposer_resident_id",
    "proposer_name",
    "latitude",
    "longitude",
    "notes",
)


class MusrenbangService:
    def __init__(self, store: Store, files: AttachmentFiles) -> None:
        self._store = store
        self._files = files

    # --- cycles --------------------------------------------------------------------------------

    def open_cycle(self, actor: Actor, year: int, dates: Sequence[PhaseDates] | None = None) -> CycleView:
        actor.require(Permission.MANAGE_PROGRAMMES)
        if not 2000 <= year <= 2100:
            raise ValidationError("year", "out_of_range", {"min": 2000, "max": 2100})
        planned = check_phase_dates(list(dates or default_phase_dates(year)), year)
        now, today = self._store.clock.now(), self._store.clock.today()
        with self._store.write(actor.username, "musrenbang.open_cycle") as s:
            if s.scalar(select(MusrenbangCycle.id).where(MusrenbangCycle.year == year)):
                raise ValidationError("year", "cycle_exists", {"year": year})
            cycle = MusrenbangCycle(
                year=year,
                phase=Phase.USULAN_RW.value,
                criteria=criteria_json(DEFAULT_CRITERIA),
                created_at=now,
                updated_at=now,
            )
            s.add(cycle)
            s.flush()
            for item in planned:
                entered = today if item.phase == Phase.USULAN_RW else None
                s.add(
                    MusrenbangPhase(
                        cycle_id=cycle.id,
                        phase=item.phase.value,
                        starts_on=item.starts_on,
                        ends_on=item.ends_on,
                        entered_on=entered,
                    )
                )
            s.flush()
            return load_cycle(s, cycle)

    def cycles(self, actor: Actor) -> list[CycleView]:
        """Every cycle, newest year first."""
        actor.require(Permission.VIEW)
        with self._store.read() as s:
            rows = s.scalars(select(MusrenbangCycle).order_by(MusrenbangCycle.year.desc())).all()
            return [load_cycle(s, row) for row in rows]

    def cycle(self, actor: Actor, cycle_id: str) -> CycleView:
        actor.require(Permission.VIEW)
        with self._store.read() as s:
            return load_cycle(s, cycle_of(s, cycle_id))

    def set_phase_dates(self, actor: Actor, cycle_id: str, dates: Sequence[PhaseDates]) -> CycleView:
        actor.require(Permission.MANAGE_PROGRAMMES)
        with self._store.write(actor.username, "musrenbang.phase_dates") as s:
            cycle = cycle_of(s, cycle_id)
            planned = {d.phase.value: d for d in check_phase_dates(list(dates), cycle.year)}
            for row in s.scalars(select(MusrenbangPhase).where(MusrenbangPhase.cycle_id == cycle.id)):
                row.starts_on, row.ends_on = planned[row.phase].starts_on, planned[row.phase].ends_on
            cycle.updated_at = self._store.clock.now()
            s.flush()
            return load_cycle(s, cycle)

    def advance_phase(self, actor: Actor, cycle_id: str, target: Phase | str) -> CycleView:
        """One phase forward. The forum is left only once its berita acara has a number."""
        actor.require(Permission.MANAGE_PROGRAMMES)
        with self._store.write(actor.username, "musrenbang.advance_phase") as s:
            cycle = cycle_of(s, cycle_id)
            phase = check_advance(cycle.phase, target)
            if cycle.phase == Phase.FORUM and not cycle.berita_acara_number:
                raise ValidationError("phase", "berita_acara_missing")
            cycle.phase = phase.value
            cycle.updated_at = self._store.clock.now()
            row = s.scalar(
                select(MusrenbangPhase).where(
                    MusrenbangPhase.cycle_id == cycle.id, MusrenbangPhase.phase == phase.value
                )
            )
            if row is not None:
                row.entered_on = self._store.clock.today()
            s.flush()
            return load_cycle(s, cycle)

    # --- proposals -----------------------------------------------------------------------------

    def add_proposal(
        self, actor: Actor, cycle_id: str, value: ProposalInput, photos: Sequence[NewAttachment] = ()
    ) -> ProposalView:
        actor.require(Permission.MANAGE_PROGRAMMES)
        value = check_proposal(value)
        stored = [(self._files.put(p.data), p) for p in photos]
        now = self._store.clock.now()
        with self._store.write(actor.username, "musrenbang.add_proposal") as s:
            cycle = open_for(s, cycle_id, CycleAction.EDIT_PROPOSALS)
            value = self._with_proposer(s, value)
            number = (s.scalar(select(func.max(Proposal.number)).where(Proposal.cycle_id == cycle.id)) or 0) + 1
            row = Proposal(
                cycle_id=cycle.id,
                number=number,
                **{name: getattr(value, name) for name in COPIED_FIELDS},
                status=ProposalStatus.USULAN.value,
                entered_at=now,
                entered_by=actor.username,
                updated_at=now,
            )
            s.add(row)
            s.flush()
            for (sha, mime), photo in stored:
                add_photo(s, actor, row.id, None, sha, mime, photo, "usulan", now)
            [view] = load_proposals(s, cycle, [row.id])
            return view

    def update_proposal(
        self,
        actor: Actor,
        proposal_id: str,
        value: ProposalInput,
        expected_rev: int,
        photos: Sequence[NewAttachment] = (),
    ) -> ProposalView:
        """The proposal's facts replaced and `photos` added to its site photos, in one unit of work."""
        actor.require(Permission.MANAGE_PROGRAMMES)
        value = check_proposal(value)
        stored = [(self._files.put(p.data), p) for p in photos]
        now = self._store.clock.now()
        with self._store.write(actor.username, "musrenbang.update_proposal") as s:
            row = proposal_of(s, proposal_id)
            cycle = open_for(s, row.cycle_id, CycleAction.EDIT_PROPOSALS)
            if row.rev != expected_rev:
                raise ValidationError("rev", "stale", {"current": row.rev})
            self._require_editable(row)
            value = self._with_proposer(s, value)
            for name in COPIED_FIELDS:
                if getattr(row, name) != getattr(value, name):
                    setattr(row, name, getattr(value, name))
            for (sha, mime), photo in stored:
                add_photo(s, actor, row.id, None, sha, mime, photo, "usulan", now)
            if s.is_modified(row) or stored:
                row.updated_at = now
            s.flush()
            [view] = load_proposals(s, cycle, [row.id])
            return view

    def add_photo(self, actor: Actor, proposal_id: str, photo: NewAttachment) -> ProposalView:
        actor.require(Permission.MANAGE_PROGRAMMES)
        sha, mime = self._files.put(photo.data)
        with self._store.write(actor.username, "musrenbang.add_photo") as s:
            row = proposal_of(s, proposal_id)
            cycle = open_for(s, row.cycle_id, CycleAction.EDIT_PROPOSALS)
            add_photo(s, actor, row.id, None, sha, mime, photo, "usulan", self._store.clock.now())
            s.flush()
            [view] = load_proposals(s, cycle, [row.id])
            return view

    def proposals(
        self, actor: Actor, cycle_id: str, *, field: str | None = None, include_merged: bool = True
    ) -> list[ProposalView]:
        """The cycle's proposals in entry order."""
        actor.require(Permission.VIEW)
        with self._store.read() as s:
            views = load_proposals(s, cycle_of(s, cycle_id))
        return [
            v
            for v in views
            if (field is None or v.field == field) and (include_merged or v.status != ProposalStatus.DIGABUNG)
        ]

    def proposal(self, actor: Actor, proposal_id: str) -> ProposalView:
        actor.require(Permission.VIEW)
        with self._store.read() as s:
            row = proposal_of(s, proposal_id)
            [view] = load_proposals(s, cycle_of(s, row.cycle_id), [row.id])
            return view

    def site_photos(self, actor: Actor, proposal_id: str) -> list[str]:
        """The sha256 of the proposal's site photos in the order they were added (progress photos: `progress`)."""
        actor.require(Permission.VIEW)
        with self._store.read() as s:
            proposal_of(s, proposal_id)
            return list(
                s.scalars(
                    select(ProposalPhoto.sha256)
                    .where(ProposalPhoto.proposal_id == proposal_id, ProposalPhoto.role == "usulan")
                    .order_by(ProposalPhoto.added_at, ProposalPhoto.id)
                )
            )

    def photo_bytes(self, actor: Actor, sha256: str) -> bytes:
        actor.require(Permission.VIEW)
        with self._store.read() as s:
            if s.scalar(select(ProposalPhoto.id).where(ProposalPhoto.sha256 == sha256).limit(1)) is None:
                raise NotFound("attachment", sha256)
        return self._files.get(sha256)

    def merge(self, actor: Actor, keep_id: str, merged_ids: Sequence[str]) -> ProposalView:
        """Duplicates join `keep_id`; each keeps its own proposer and shows as merged (`digabung`)."""
        actor.require(Permission.MANAGE_PROGRAMMES)
        others = list(dict.fromkeys(merged_ids))
        if not others or keep_id in others:
            raise ValidationError("merged_ids", "merge_invalid")
        now, today = self._store.clock.now(), self._store.clock.today()
        with self._store.write(actor.username, "musrenbang.merge") as s:
            keep = proposal_of(s, keep_id)
            cycle = open_for(s, keep.cycle_id, CycleAction.EDIT_PROPOSALS)
            self._require_editable(keep)
            for other_id in others:
                other = proposal_of(s, other_id)
                if other.cycle_id != keep.cycle_id:
                    raise ValidationError("merged_ids", "merge_other_cycle")
                self._require_editable(other)
                for earlier in s.scalars(select(Proposal).where(Proposal.merged_into_id == other.id)):
                    earlier.merged_into_id = keep.id
                other.status = check_transition(other.status, ProposalStatus.DIGABUNG).value
                other.merged_into_id = keep.id
                other.status_on = today
                other.status_note = f"Digabung ke usulan nomor {keep.number}"
                other.override_rank = None
                other.updated_at = now
            keep.updated_at = now
            s.flush()
            [view] = load_proposals(s, cycle, [keep.id])
            return view

    def carryable(self, actor: Actor, cycle_id: str) -> list[ProposalView]:
        """Proposals of earlier years that were not funded and not yet carried over, newest year first."""
        actor.require(Permission.VIEW)
        with self._store.read() as s:
            target = cycle_of(s, cycle_id)
            earlier = s.scalars(
                select(MusrenbangCycle).where(MusrenbangCycle.year < target.year).order_by(MusrenbangCycle.year.desc())
            ).all()
            found: list[ProposalView] = []
            for cycle in earlier:
                found += [v for v in load_proposals(s, cycle) if v.status in CARRYABLE]
            return found

    def carry_over(self, actor: Actor, cycle_id: str, proposal_ids: Sequence[str]) -> list[ProposalView]:
        """Earlier years' unfunded proposals become new proposals of this cycle, linked to the old ones."""
        actor.require(Permission.MANAGE_PROGRAMMES)
        now, today = self._store.clock.now(), self._store.clock.today()
        with self._store.write(actor.username, "musrenbang.carry_over") as s:
            target = open_for(s, cycle_id, CycleAction.CARRY_OVER)
            number = s.scalar(select(func.max(Proposal.number)).where(Proposal.cycle_id == target.id)) or 0
            created: list[str] = []
            for source_id in dict.fromkeys(proposal_ids):
                source = proposal_of(s, source_id)
                source_year = cycle_of(s, source.cycle_id).year
                if source_year >= target.year:
                    raise ValidationError("proposal_ids", "carry_not_earlier", {"number": source.number})
                if ProposalStatus(source.status) not in CARRYABLE:
                    raise ValidationError("proposal_ids", "carry_not_allowed", {"number": source.number})
                number += 1
                row = Proposal(
                    cycle_id=target.id,
                    number=number,
                    **{name: getattr(source, name) for name in COPIED_FIELDS},
                    status=ProposalStatus.USULAN.value,
                    carried_from_id=source.id,
                    entered_at=now,
                    entered_by=actor.username,
                    updated_at=now,
                )
                s.add(row)
                s.flush()
                photos = s.scalars(
                    select(ProposalPhoto).where(ProposalPhoto.proposal_id == source.id, ProposalPhoto.role == "usulan")
                )
                for photo in photos:
                    s.add(
                        ProposalPhoto(
                            proposal_id=row.id,
                            sha256=photo.sha256,
                            role="usulan",
                            added_at=now,
                            added_by=actor.username,
                        )
                    )
                source.status = check_transition(source.status, ProposalStatus.DIBAWA).value
                source.status_on = today
                source.status_note = f"Dibawa ke musrenbang tahun {target.year} (usulan nomor {number})"
                source.updated_at = now
                created.append(row.id)
            s.flush()
            return load_proposals(s, target, created)

    # --- after the forum -----------------------------------------------------------------------

    def decide(
        self,
        actor: Actor,
        proposal_id: str,
        status: ProposalStatus | str,
        note: str = "",
        *,
        budget_amount: int | None = None,
    ) -> ProposalView:
        """Accepted at the kecamatan, in the city budget (with its amount), rejected, or back to proposed."""
        actor.require(Permission.MANAGE_PROGRAMMES)
        status = ProposalStatus(status)
        if status not in (*DECIDED, ProposalStatus.USULAN):
            raise ValidationError("status", "unknown_choice")
        if budget_amount is not None and (isinstance(budget_amount, bool) or not 0 <= budget_amount <= 10**13):
            raise ValidationError("budget_amount", "out_of_range", {"min": 0, "max": 10**13})
        with self._store.write(actor.username, f"musrenbang.decide.{status.value}") as s:
            row = proposal_of(s, proposal_id)
            cycle = open_for(s, row.cycle_id, CycleAction.DECIDE_STATUS)
            row.status = check_transition(row.status, status).value
            row.status_on = self._store.clock.today()
            row.status_note = " ".join(note.split())[:500]
            if status == ProposalStatus.DIDANAI:
                row.budget_amount = budget_amount if budget_amount is not None else row.estimated_cost
            row.updated_at = self._store.clock.now()
            s.flush()
            [view] = load_proposals(s, cycle, [row.id])
            return view

    def record_progress(
        self,
        actor: Actor,
        proposal_id: str,
        percent: int,
        reported_on: date,
        note: str = "",
        photos: Sequence[NewAttachment] = (),
    ) -> ProposalView:
        """A progress report on funded work; 100 % marks it done (selesai), less reopens it."""
        actor.require(Permission.MANAGE_PROGRAMMES)
        if isinstance(percent, bool) or not isinstance(percent, int) or not 0 <= percent <= 100:
            raise ValidationError("percent", "out_of_range", {"min": 0, "max": 100})
        if reported_on > self._store.clock.today():
            raise ValidationError("reported_on", "in_future")
        stored = [(self._files.put(p.data), p) for p in photos]
        now = self._store.clock.now()
        with self._store.write(actor.username, "musrenbang.progress") as s:
            row = proposal_of(s, proposal_id)
            cycle = open_for(s, row.cycle_id, CycleAction.RECORD_PROGRESS)
            if row.status not in REPORTS_PROGRESS:
                raise ValidationError("status", "not_funded")
            report = ProposalProgress(
                proposal_id=row.id,
                reported_on=reported_on,
                percent=percent,
                note=note.strip()[:2000],
                recorded_by=actor.username,
                recorded_at=now,
            )
            s.add(report)
            s.flush()
            for (sha, mime), photo in stored:
                add_photo(s, actor, row.id, report.id, sha, mime, photo, "progres", now)
            row.progress_percent = percent
            if percent > 0 and (row.work_started_on is None or reported_on < row.work_started_on):
                row.work_started_on = reported_on
            done = percent == 100
            target = ProposalStatus.SELESAI if done else ProposalStatus.DIDANAI
            if row.status != target:
                row.status = check_transition(row.status, target).value
                row.status_on = reported_on
            row.work_done_on = reported_on if done else None
            row.updated_at = now
            s.flush()
            [view] = load_proposals(s, cycle, [row.id])
            return view

    def progress(self, actor: Actor, proposal_id: str) -> list[ProgressView]:
        actor.require(Permission.VIEW)
        with self._store.read() as s:
            proposal_of(s, proposal_id)
            reports = s.scalars(
                select(ProposalProgress)
                .where(ProposalProgress.proposal_id == proposal_id)
                .order_by(ProposalProgress.reported_on, ProposalProgress.recorded_at)
            ).all()
            photos: dict[str, list[str]] = {}
            for progress_id, sha in s.execute(
                select(ProposalPhoto.progress_id, ProposalPhoto.sha256).where(ProposalPhoto.proposal_id == proposal_id)
            ):
                if progress_id:
                    photos.setdefault(progress_id, []).append(sha)
            return [
                ProgressView(r.id, r.reported_on, r.percent, r.note, r.recorded_by, tuple(photos.get(r.id, ())))
                for r in reports
            ]

    # --- inside a unit of work -----------------------------------------------------------------

    @staticmethod
    def _with_proposer(s: Session, value: ProposalInput) -> ProposalInput:
        if value.proposer_kind != ProposerKind.PENDUDUK:
            return value
        resident = s.get(Resident, value.proposer_resident_id)
        if resident is None:
            raise ValidationError("proposer_resident_id", "resident_unknown")
        return replace(value, proposer_name=resident.name)

    @staticmethod
    def _require_editable(row: Proposal) -> None:
        if row.status != ProposalStatus.USULAN:
            raise ValidationError("status", "proposal_closed", {"status": row.status})

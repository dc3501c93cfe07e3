"""Importing residents from CSV or Excel: preview, validate every row, and apply only when accepted.

`validate` writes nothing; it returns an `ImportPlan` naming every refused row with its line and reason, the
warnings, and the residents that would be added. `apply` (the user's "accept") writes the plan in chunks of
whole families, each chunk one transaction, every record audited and queued for HQ.

Matching is by NIK, over residents of every status. A row whose NIK is already in the store is never
written: it counts as `unchanged` when every value the file gives equals the stored one (texts regardless of
capitals), else it is reported for the staff to handle by hand: as `nik_registered_to` (naming the resident)
when the name differs, since that is most likely a mistyped NIK, and as `exists_different` (with the fields
that differ) otherwise (`exists_moved` / `exists_died` when the stored resident has moved out or died). So
importing the same file twice changes nothing, and an old register never revives a resident who has since
moved out or died. A row refused while the file was read is never checked or written.
"""

from __future__ import annotations

import gc
import hashlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from kelurahan_desk.core.errors import ValidationError
from kelurahan_desk.core.importing.resident_columns import (
    TEXT_FIELDS,
    looks_like_header,
    normalise_row,
    suggest_mapping,
)
from kelurahan_desk.core.importing.row_problem import RowProblem, quote_detail
from kelurahan_desk.core.importing.safe_cells import FORMULA_STARTS
from kelurahan_desk.core.importing.tabular_file import read_table, read_table_bytes
from kelurahan_desk.core.services.permissions import Actor, Permission
from kelurahan_desk.core.services.resident_checks import MAX_RT_RW, ResidentInput, check_resident
from kelurahan_desk.core.store.change_capture import insert_many
from kelurahan_desk.core.store.ids import uuid7
from kelurahan_desk.core.store.models import Family, Resident
from kelurahan_desk.core.store.unit_of_work import Store

PREVIEW_ROWS = 20
RANGE = {"min": 1, "max": MAX_RT_RW}
"""What an RT or RW must be; one out of it (000 in a register) is left empty with a warning."""
CHUNK_ROWS = 2000
LOOKUP_BATCH = 900
PROGRESS_EVERY = 1000
COMPARED = tuple(f for f in ResidentInput.__dataclass_fields__ if f != "kk")
# a stored resident who has moved out or died, named as such when the file's row differs from them
NOT_LIVING = {"pindah": "exists_moved", "meninggal": "exists_died"}

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class ImportPreview:
    headers: list[str]
    mapping: dict[str, int]
    rows: list[list[str]]
    total_rows: int
    problems: list[RowProblem]
    source_format: str


@dataclass(frozen=True)
class PlannedResident:
    line: int
    value: ResidentInput


@dataclass(frozen=True)
class ImportPlan:
    """What `apply` would do. `new` is grouped by family (KK), in the order families first appear."""

    file_name: str
    file_sha256: str
    total_rows: int
    new: list[PlannedResident]
    new_families: int
    unchanged: list[int]
    exists_different: list[RowProblem]
    rejected: list[RowProblem]
    warnings: list[RowProblem]
    cancelled: bool = False

    @property
    def rejected_rows(self) -> int:
        """Rows refused (a row may be refused for several reasons; the file's own problems are not rows)."""
        return len({problem.line for problem in self.rejected if problem.line})


@dataclass(frozen=True)
class ImportResult:
    created: int
    families_created: int
    skipped_existing: int
    cancelled: bool = False


@dataclass
class _Validation:
    rejected: list[RowProblem] = field(default_factory=list)
    warnings: list[RowProblem] = field(default_factory=list)
    accepted: list[PlannedResident] = field(default_factory=list)
    first_line_of_nik: dict[str, int] = field(default_factory=dict)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Tens of thousands of short-lived rows make the cyclic collector rescan the growing plan again and
    again; the rows hold no cycles, so it waits until the bulk work is done."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _progress_steps(total: int, progress: Progress | None) -> Callable[[int], None]:
    def step(done: int) -> None:
        if progress is not None and (done % PROGRESS_EVERY == 0 or done == total):
            progress(done, total)

    return step


class ResidentImportService:
    def __init__(self, store: Store, is_known_prefix: Callable[[str], bool] | None = None) -> None:
        self._store = store
        self._known = is_known_prefix

    def preview(self, actor: Actor, path: Path) -> ImportPreview:
        actor.require(Permission.IMPORT_RESIDENTS)
        table = read_table(Path(path), looks_like_header)
        sample = [cells for _line, cells in table.rows[:PREVIEW_ROWS]]
        mapping = suggest_mapping(table.headers)
        return ImportPreview(table.headers, mapping, sample, len(table.rows), table.problems, table.source_format)

    def validate(
        self,
        actor: Actor,
        path: Path,
        mapping: dict[str, int] | None = None,
        *,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ImportPlan:
        """Reads and checks every row; writes nothing. `mapping` (field → column) defaults to the suggestion."""
        actor.require(Permission.IMPORT_RESIDENTS)
        with _collector_paused():
            return self._validate(Path(path), mapping, progress, cancelled)

    def apply(
        self,
        actor: Actor,
        plan: ImportPlan,
        *,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ImportResult:
        """Writes the plan's new residents. Cancelling stops between chunks; what was written stays."""
        actor.require(Permission.IMPORT_RESIDENTS)
        if plan.cancelled:
            raise ValidationError("plan", "plan_cancelled")
        with _collector_paused():
            return self._apply(actor, plan, progress, cancelled)

    def _validate(
        self, path: Path, mapping: dict[str, int] | None, progress: Progress | None, cancelled: Cancelled | None
    ) -> ImportPlan:
        data = path.read_bytes()
        table = read_table_bytes(data, looks_like_header)
        mapping = suggest_mapping(table.headers) if mapping is None else mapping
        missing = [name for name in ("nik", "name") if name not in mapping]
        if missing:
            raise ValidationError("mapping", "required_column", {"fields": missing})
        today = self._store.clock.today()
        found = _Validation(rejected=list(table.problems))
        unreadable = {problem.line for problem in table.problems if problem.line}  # refused as read: never written
        step = _progress_steps(len(table.rows), progress)
        for done, (line, cells) in enumerate(table.rows, start=1):
            if cancelled is not None and done % 200 == 0 and cancelled():
                return self._plan(path, data, table.rows, found, [], 0, [], [], cancelled=True)
            if line not in unreadable:
                self._check_row(line, cells, mapping, today, found)
            step(done)
        unchanged, different, fresh = self._match_existing(found.accepted, frozenset(mapping))
        grouped = _grouped_by_family(fresh)
        new_families = self._count_new_families(grouped)
        return self._plan(path, data, table.rows, found, grouped, new_families, unchanged, different)

    def _apply(
        self, actor: Actor, plan: ImportPlan, progress: Progress | None, cancelled: Cancelled | None
    ) -> ImportResult:
        created = families = skipped = 0
        stopped = False
        for chunk in _chunks(plan.new):
            if cancelled is not None and cancelled():
                stopped = True
                break
            with self._store.write(actor.username, "resident.import") as s:
                made, new_families, already = self._write_chunk(s, chunk)
            created, families, skipped = created + made, families + new_families, skipped + already
            if progress is not None:
                progress(created + skipped, len(plan.new))
        result = ImportResult(created, families, skipped, cancelled=stopped)
        if not plan.new:
            return result
        with self._store.write(actor.username, "resident.import") as s:
            summary = {"file": plan.file_name, **asdict(result)}
            self._store.journal(s).audit(
                entity="resident_import", entity_id=plan.file_sha256, before=None, after=summary
            )
        return result

    # --- validation ------------------------------------------------------------------------------

    def _check_row(self, line: int, cells: list[str], mapping: dict[str, int], today: Any, found: _Validation) -> None:
        record, problems = normalise_row(cells, mapping)
        if problems == ["row:empty"]:
            return  # nothing in any column read (e.g. only a row number typed ahead in a template)
        if record is None:
            found.rejected.append(RowProblem(line, problems[0]))
            return
        for name in TEXT_FIELDS:
            record[name] = _unescaped(record[name])
        try:
            value, findings = check_resident(ResidentInput(**record), today=today, is_known_prefix=self._known)
        except ValidationError as error:
            detail = quote_detail(str(record.get(error.field, "")))
            found.rejected.append(RowProblem(line, f"{error.field}:{error.code}", detail, error.params))
            return
        first = found.first_line_of_nik.setdefault(value.nik, line)
        if first != line:
            found.rejected.append(RowProblem(line, "nik:nik_duplicate_in_file", value.nik, {"line": first}))
            found.warnings.append(RowProblem(first, "nik:nik_repeated_later", value.nik, {"line": line}))
            return
        if "birth_date:invalid_date" in problems and value.birth_date is not None:
            # check_resident took the birth date the NIK gives
            problems = [code for code in problems if code != "birth_date:invalid_date"]
            typed = _typed(cells, mapping, "birth_date:invalid_date")
            found.warnings.append(RowProblem(line, "birth_date:date_from_nik", typed, {"date": value.birth_date}))
        found.warnings += [
            RowProblem(line, code, _typed(cells, mapping, code), RANGE if code.endswith(":out_of_range") else {})
            for code in problems
        ]
        found.warnings += [RowProblem(line, f"{f.field}:{f.code}", params=f.params) for f in findings]
        found.accepted.append(PlannedResident(line, value))

    def _match_existing(
        self, accepted: list[PlannedResident], columns: frozenset[str]
    ) -> tuple[list[int], list[RowProblem], list[PlannedResident]]:
        """Residents already stored are compared on the fields the file has a column for: one it lacks (or a
        sex read from the NIK) says nothing against what the office keeps."""
        unchanged: list[int] = []
        different: list[RowProblem] = []
        fresh: list[PlannedResident] = []
        with self._store.read() as s:
            for batch in _batches(accepted, LOOKUP_BATCH):
                stored = _stored_by_nik(s, [p.value.nik for p in batch])
                for planned in batch:
                    existing = stored.get(planned.value.nik)
                    if existing is None:
                        fresh.append(planned)
                        continue
                    fields = _differing_fields(planned.value, existing, columns)
                    if "name" in fields:  # most likely a mistyped NIK in the file, not a change of name
                        other = {"other_name": existing["name"]}
                        different.append(RowProblem(planned.line, "nik:nik_registered_to", planned.value.nik, other))
                    elif fields:
                        reason = NOT_LIVING.get(existing["status"], "exists_different")
                        different.append(RowProblem(planned.line, f"nik:{reason}", ", ".join(fields)))
                    else:
                        unchanged.append(planned.line)
        return unchanged, different, fresh

    def _count_new_families(self, planned: list[PlannedResident]) -> int:
        kks = sorted({p.value.kk for p in planned if p.value.kk})
        with self._store.read() as s:
            known: set[str] = set()
            for batch in _batches(kks, LOOKUP_BATCH):
                known.update(s.scalars(select(Family.kk).where(Family.kk.in_(batch))))
        return len(kks) - len(known)

    @staticmethod
    def _plan(
        path: Path,
        data: bytes,
        rows: list[Any],
        found: _Validation,
        new: list[PlannedResident],
        new_families: int,
        unchanged: list[int],
        different: list[RowProblem],
        *,
        cancelled: bool = False,
    ) -> ImportPlan:
        return ImportPlan(
            file_name=path.name,
            file_sha256=hashlib.sha256(data).hexdigest(),
            total_rows=len(rows),
            new=new,
            new_families=new_families,
            unchanged=unchanged,
            exists_different=different,
            rejected=sorted(found.rejected, key=lambda p: p.line),
            warnings=found.warnings,
            cancelled=cancelled,
        )

    # --- writing ---------------------------------------------------------------------------------

    def _write_chunk(self, s: Any, chunk: list[PlannedResident]) -> tuple[int, int, int]:
        """Inside one unit of work: NIKs and KKs are looked up again, since the store may have changed."""
        stored = _stored_by_nik(s, [p.value.nik for p in chunk])
        todo = [p.value for p in chunk if p.value.nik not in stored]
        kks = sorted({v.kk for v in todo if v.kk})
        existing = {f.kk: f for f in s.scalars(select(Family).where(Family.kk.in_(kks)))} if kks else {}
        family_ids = {kk: f.id for kk, f in existing.items()}
        new_families: dict[str, dict[str, Any]] = {}
        now = self._store.clock.now()
        residents = []
        for value in todo:
            resident_id = uuid7()
            if value.kk and value.kk not in family_ids:
                family_ids[value.kk] = uuid7()
                new_families[value.kk] = {
                    "id": family_ids[value.kk],
                    "kk": value.kk,
                    "head_id": None,
                    "address": value.address,
                    "rt": value.rt,
                    "rw": value.rw,
                }
            if value.kk and value.relationship == "kepala":
                if value.kk in new_families and new_families[value.kk]["head_id"] is None:
                    new_families[value.kk]["head_id"] = resident_id
                elif value.kk in existing and existing[value.kk].head_id is None:
                    existing[value.kk].head_id = resident_id
            record = {name: getattr(value, name) for name in COMPARED}
            record.update(id=resident_id, family_id=family_ids.get(value.kk), status="hidup", updated_at=now)
            residents.append(record)
        insert_many(s, Family, list(new_families.values()))
        insert_many(s, Resident, residents)
        s.flush()
        return len(residents), len(new_families), len(chunk) - len(todo)


def _typed(cells: list[str], mapping: dict[str, int], code: str) -> str:
    """What the file has in the cell a `<field>:<reason>` problem is about, quoted for the report."""
    index = mapping.get(code.partition(":")[0])
    text = cells[index].strip() if index is not None and 0 <= index < len(cells) else ""
    return quote_detail(text) if text else ""


def _unescaped(text: str) -> str:
    """Undoes what an export did to text that starts like a formula (`'=…` back to `=…`)."""
    if text.startswith("'") and text[1:].lstrip(" ").startswith(FORMULA_STARTS):
        return text[1:]
    return text


def _stored_by_nik(s: Any, niks: list[str]) -> dict[str, dict[str, Any]]:
    columns = [getattr(Resident, name) for name in COMPARED]
    stmt = (
        select(*columns, Resident.status, Family.kk)
        .outerjoin(Family, Family.id == Resident.family_id)
        .where(Resident.nik.in_(niks))
    )
    return {row.nik: row._asdict() for row in s.execute(stmt)}


def _differing_fields(value: ResidentInput, stored: dict[str, Any], columns: frozenset[str]) -> list[str]:
    """The fields whose value in the file differs from the stored one. An empty cell says nothing, and texts
    differ only in more than their capitals (registers exported from SIAK are in capitals)."""
    fields = [
        name
        for name in (*COMPARED, "kk")
        if name in columns and (typed := getattr(value, name)) not in ("", None) and not _same(typed, stored[name])
    ]
    return fields


def _same(typed: Any, stored: Any) -> bool:
    if isinstance(typed, str) and isinstance(stored, str):
        return " ".join(typed.split()).casefold() == " ".join(stored.split()).casefold()
    return bool(typed == stored)


def _grouped_by_family(planned: list[PlannedResident]) -> list[PlannedResident]:
    """Members of one KK together (in the order the KKs first appear), so a chunk never splits a family."""
    groups: dict[str, list[PlannedResident]] = {}
    for index, p in enumerate(planned):
        groups.setdefault(p.value.kk or f"#{index}", []).append(p)
    return [p for group in groups.values() for p in group]


def _chunks(planned: list[PlannedResident]) -> Iterable[list[PlannedResident]]:
    chunk: list[PlannedResident] = []
    for index, p in enumerate(planned):
        chunk.append(p)
        following = planned[index + 1] if index + 1 < len(planned) else None
        same_family = following is not None and p.value.kk and following.value.kk == p.value.kk
        if len(chunk) >= CHUNK_ROWS and not same_family:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _batches(items: list[Any], size: int) -> Iterable[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]

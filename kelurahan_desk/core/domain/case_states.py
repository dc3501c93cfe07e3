"""The life of a citizen case as an explicit state machine, with every transition written down as data.

Main line: baru → diverifikasi → didisposisikan → dalam_proses → selesai. Side exits: ditolak (with a
reason), diteruskan (bukan wewenang: forwarded to a named agency), duplikat (linked to the original).
"Selesai" means the follow-up or answer has been given; the citizen may reopen the case within the
reopen window (default 10 working days, the SP4N-LAPOR! auto-close period). Once the window has passed
the case is closed for good. Information requests are not reopened: they have the PPID objection
(keberatan) with its own clock instead.

Some actions keep the state (the follow-up log, escalation, the PPID extension and objection); they are
in the same table so that what may happen in which state is one piece of data.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class CaseKind(StrEnum):
    PENGADUAN = "pengaduan"
    PERMINTAAN_INFORMASI = "permintaan_informasi"
    LAPORAN = "laporan"
    ASPIRASI = "aspirasi"


class CaseState(StrEnum):
    BARU = "baru"
    DIVERIFIKASI = "diverifikasi"
    DIDISPOSISIKAN = "didisposisikan"
    DALAM_PROSES = "dalam_proses"
    SELESAI = "selesai"
    DITOLAK = "ditolak"
    DITERUSKAN = "diteruskan"
    DUPLIKAT = "duplikat"


OPEN_STATES = frozenset({CaseState.BARU, CaseState.DIVERIFIKASI, CaseState.DIDISPOSISIKAN, CaseState.DALAM_PROSES})


class CaseAction(StrEnum):
    VERIFIKASI = "verifikasi"
    DISPOSISI = "disposisi"
    PROSES = "proses"
    SELESAIKAN = "selesaikan"
    TOLAK = "tolak"
    TERUSKAN = "teruskan"
    TANDAI_DUPLIKAT = "tandai_duplikat"
    BUKA_KEMBALI = "buka_kembali"
    TINDAK_LANJUT = "tindak_lanjut"
    ESKALASI = "eskalasi"
    PERPANJANG = "perpanjang"
    KEBERATAN = "keberatan"
    JAWAB_KEBERATAN = "jawab_keberatan"


class Need(StrEnum):
    """An input that an action cannot go without."""

    NOTE = "note"
    ASSIGNEE = "assignee"
    REASON = "reason"
    AGENCY = "agency"
    DUPLICATE_OF = "duplicate_of_id"
    NOTICE = "notice"


class Guard(StrEnum):
    """A condition beyond the source state, checked against the case's facts and today's date."""

    WITHIN_REOPEN_WINDOW = "within_reopen_window"
    NOT_EXTENDED = "not_extended"
    OBJECTION_ALLOWED = "objection_allowed"
    OBJECTION_OPEN = "objection_open"


@dataclass(frozen=True)
class Transition:
    action: CaseAction
    sources: frozenset[CaseState]
    target: CaseState | None  # None: the state stays
    needs: frozenset[Need] = frozenset()
    kinds: frozenset[CaseKind] = frozenset(CaseKind)
    guards: frozenset[Guard] = frozenset()


_S = CaseState
_INFO = frozenset({CaseKind.PERMINTAAN_INFORMASI})
_NOT_INFO = frozenset(CaseKind) - _INFO

TRANSITIONS: tuple[Transition, ...] = (
    Transition(CaseAction.VERIFIKASI, frozenset({_S.BARU}), _S.DIVERIFIKASI),
    Transition(
        CaseAction.DISPOSISI,
        frozenset({_S.DIVERIFIKASI, _S.DIDISPOSISIKAN, _S.DALAM_PROSES}),
        _S.DIDISPOSISIKAN,
        frozenset({Need.ASSIGNEE}),
    ),
    Transition(CaseAction.PROSES, frozenset({_S.DIDISPOSISIKAN}), _S.DALAM_PROSES),
    Transition(CaseAction.SELESAIKAN, frozenset({_S.DALAM_PROSES}), _S.SELESAI, frozenset({Need.NOTE})),
    Transition(CaseAction.TOLAK, frozenset({_S.BARU, _S.DIVERIFIKASI}), _S.DITOLAK, frozenset({Need.REASON})),
    Transition(
        CaseAction.TERUSKAN,
        frozenset({_S.BARU, _S.DIVERIFIKASI, _S.DIDISPOSISIKAN}),
        _S.DITERUSKAN,
        frozenset({Need.AGENCY}),
    ),
    Transition(
        CaseAction.TANDAI_DUPLIKAT,
        frozenset({_S.BARU, _S.DIVERIFIKASI}),
        _S.DUPLIKAT,
        frozenset({Need.DUPLICATE_OF}),
    ),
    Transition(
        CaseAction.BUKA_KEMBALI,
        frozenset({_S.SELESAI}),
        _S.DALAM_PROSES,
        frozenset({Need.NOTE}),
        kinds=_NOT_INFO,
        guards=frozenset({Guard.WITHIN_REOPEN_WINDOW}),
    ),
    Transition(
        CaseAction.TINDAK_LANJUT,
        frozenset({_S.DIVERIFIKASI, _S.DIDISPOSISIKAN, _S.DALAM_PROSES, _S.SELESAI}),
        None,
        frozenset({Need.NOTE}),
    ),
    Transition(CaseAction.ESKALASI, OPEN_STATES, None, frozenset({Need.NOTE})),
    Transition(
        CaseAction.PERPANJANG,
        OPEN_STATES,
        None,
        frozenset({Need.NOTICE}),
        kinds=_INFO,
        guards=frozenset({Guard.NOT_EXTENDED}),
    ),
    Transition(
        CaseAction.KEBERATAN,
        OPEN_STATES | {_S.SELESAI, _S.DITOLAK},
        None,
        frozenset({Need.REASON}),
        kinds=_INFO,
        guards=frozenset({Guard.OBJECTION_ALLOWED}),
    ),
    Transition(
        CaseAction.JAWAB_KEBERATAN,
        frozenset(CaseState),
        None,
        frozenset({Need.NOTE}),
        kinds=_INFO,
        guards=frozenset({Guard.OBJECTION_OPEN}),
    ),
)

BY_ACTION: dict[CaseAction, Transition] = {t.action: t for t in TRANSITIONS}


def transition_for(action: CaseAction) -> Transition:
    return BY_ACTION[CaseAction(action)]


def allowed_pairs() -> set[tuple[CaseKind, CaseState, CaseAction]]:
    return {(k, s, t.action) for t in TRANSITIONS for s in t.sources for k in t.kinds}


def refused_pairs() -> set[tuple[CaseKind, CaseState, CaseAction]]:
    every = {(k, s, a) for k in CaseKind for s in CaseState for a in CaseAction}
    return every - allowed_pairs()


def is_open(state: CaseState) -> bool:
    return state in OPEN_STATES


# Names on documents and exports, which are always Indonesian (the window translates its own).
KIND_NAMES: dict[CaseKind, str] = {
    CaseKind.PENGADUAN: "Pengaduan",
    CaseKind.PERMINTAAN_INFORMASI: "Permintaan Informasi Publik",
    CaseKind.LAPORAN: "Laporan",
    CaseKind.ASPIRASI: "Aspirasi",
}
STATE_NAMES: dict[CaseState, str] = {
    CaseState.BARU: "Baru",
    CaseState.DIVERIFIKASI: "Diverifikasi",
    CaseState.DIDISPOSISIKAN: "Didisposisikan",
    CaseState.DALAM_PROSES: "Dalam proses",
    CaseState.SELESAI: "Selesai",
    CaseState.DITOLAK: "Ditolak",
    CaseState.DITERUSKAN: "Bukan wewenang / diteruskan",
    CaseState.DUPLIKAT: "Duplikat",
}

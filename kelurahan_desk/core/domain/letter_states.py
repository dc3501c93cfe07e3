"""The life of a letter request as a table of transitions.

draf → diajukan → diverifikasi → disetujui → terbit (the number is given) → dicetak → diambil.
A request can be refused (ditolak, with a reason) at any step before issue, or sent back to draf for a
correction; an issued letter can only be revoked (dicabut, with a reason) and keeps its number.
"""

from __future__ import annotations

from enum import StrEnum

from kelurahan_desk.core.errors import ValidationError


class LetterState(StrEnum):
    DRAF = "draf"
    DIAJUKAN = "diajukan"
    DIVERIFIKASI = "diverifikasi"
    DISETUJUI = "disetujui"
    TERBIT = "terbit"
    DICETAK = "dicetak"
    DIAMBIL = "diambil"
    DITOLAK = "ditolak"
    DICABUT = "dicabut"


class LetterAction(StrEnum):
    UBAH = "ubah"  # edit the request's fields
    AJUKAN = "ajukan"
    KEMBALIKAN = "kembalikan"
    VERIFIKASI = "verifikasi"
    SETUJUI = "setujui"
    TERBITKAN = "terbitkan"
    CETAK = "cetak"
    SERAHKAN = "serahkan"
    TOLAK = "tolak"
    CABUT = "cabut"


_S = LetterState
_A = LetterAction

TRANSITIONS: dict[tuple[LetterAction, LetterState], LetterState] = {
    (_A.UBAH, _S.DRAF): _S.DRAF,
    (_A.AJUKAN, _S.DRAF): _S.DIAJUKAN,
    (_A.KEMBALIKAN, _S.DIAJUKAN): _S.DRAF,
    (_A.KEMBALIKAN, _S.DIVERIFIKASI): _S.DRAF,
    (_A.VERIFIKASI, _S.DIAJUKAN): _S.DIVERIFIKASI,
    (_A.SETUJUI, _S.DIVERIFIKASI): _S.DISETUJUI,
    (_A.TERBITKAN, _S.DISETUJUI): _S.TERBIT,
    (_A.CETAK, _S.TERBIT): _S.DICETAK,
    (_A.CETAK, _S.DICETAK): _S.DICETAK,
    (_A.CETAK, _S.DIAMBIL): _S.DIAMBIL,
    (_A.SERAHKAN, _S.DICETAK): _S.DIAMBIL,
    (_A.TOLAK, _S.DRAF): _S.DITOLAK,
    (_A.TOLAK, _S.DIAJUKAN): _S.DITOLAK,
    (_A.TOLAK, _S.DIVERIFIKASI): _S.DITOLAK,
    (_A.TOLAK, _S.DISETUJUI): _S.DITOLAK,
    (_A.CABUT, _S.TERBIT): _S.DICABUT,
    (_A.CABUT, _S.DICETAK): _S.DICABUT,
    (_A.CABUT, _S.DIAMBIL): _S.DICABUT,
}

REASON_REQUIRED = frozenset({_A.TOLAK, _A.CABUT, _A.KEMBALIKAN})
ISSUED_STATES = frozenset({_S.TERBIT, _S.DICETAK, _S.DIAMBIL, _S.DICABUT})
OPEN_STATES = frozenset({_S.DRAF, _S.DIAJUKAN, _S.DIVERIFIKASI, _S.DISETUJUI, _S.TERBIT, _S.DICETAK})
FINAL_STATES = frozenset({_S.DIAMBIL, _S.DITOLAK, _S.DICABUT})

STATE_NAMES: dict[LetterState, str] = {
    _S.DRAF: "Draf",
    _S.DIAJUKAN: "Diajukan",
    _S.DIVERIFIKASI: "Diverifikasi",
    _S.DISETUJUI: "Disetujui",
    _S.TERBIT: "Terbit",
    _S.DICETAK: "Dicetak",
    _S.DIAMBIL: "Diambil",
    _S.DITOLAK: "Ditolak",
    _S.DICABUT: "Dicabut",
}


def allows(state: LetterState, action: LetterAction) -> bool:
    return (LetterAction(action), LetterState(state)) in TRANSITIONS


def next_state(state: LetterState, action: LetterAction, reason: str = "") -> LetterState:
    """The state after `action`; raises ValidationError("state", "transition_refused") or ("reason", "required")."""
    action, state = LetterAction(action), LetterState(state)
    after = TRANSITIONS.get((action, state))
    if after is None:
        raise ValidationError("state", "transition_refused", {"state": state.value, "action": action.value})
    if action in REASON_REQUIRED and not reason.strip():
        raise ValidationError("reason", "required")
    return after


def actions_from(state: LetterState) -> list[LetterAction]:
    state = LetterState(state)
    return [action for (action, source) in TRANSITIONS if source == state]

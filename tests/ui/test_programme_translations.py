"""The musrenbang, UMKM and training screens in English: every string of their views has a finished English
translation, every title the core gives them is listed for the translator, and the screens show English
once the English translator is installed."""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kelurahan_desk.core.domain.business_size import SIZE_TITLES
from kelurahan_desk.core.domain.musrenbang_phases import PHASE_TITLES
from kelurahan_desk.core.domain.proposal_status import FIELD_TITLES, STATUS_TITLES
from kelurahan_desk.core.services.musrenbang_views import ATTENDEE_ROLES
from kelurahan_desk.core.services.training_views import OUTCOME_KINDS, PROGRAMME_STATUSES
from kelurahan_desk.core.services.umkm import NIB_STATUSES, SECTORS
from kelurahan_desk.ui.musrenbang.musrenbang_view import MusrenbangView
from kelurahan_desk.ui.programme_labels import LABELS
from kelurahan_desk.ui.training.training_view import TrainingView
from kelurahan_desk.ui.translations import make_translator
from kelurahan_desk.ui.umkm.umkm_view import UmkmView
from kelurahan_desk.ui.view_context import ViewContext
from tests.ui.conftest import english_contexts

UI = Path(__file__).resolve().parents[2] / "kelurahan_desk" / "ui"


def programme_contexts() -> set[str]:
    """Every class of the programme screens, plus the contexts named outright there."""
    names = {"ProgrammeLabels", "TrainingDialogs", "PhotoViewer"}
    for folder in ("musrenbang", "umkm", "training"):
        for path in (UI / folder).glob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            names |= {
                node.name for node in ast.walk(tree) if isinstance(node, ast.ClassDef) and "tr(" in ast.unparse(node)
            }
    return names


def test_every_programme_screen_is_in_the_english_file() -> None:
    # a model whose headings come from ProgrammeLabels has no messages of its own
    assert programme_contexts() - english_contexts() <= {"ScoringTableModel"}


def test_every_core_title_is_listed_for_the_translator() -> None:
    titles = [
        *FIELD_TITLES.values(),
        *STATUS_TITLES.values(),
        *PHASE_TITLES.values(),
        *ATTENDEE_ROLES.values(),
        *SECTORS.values(),
        *NIB_STATUSES.values(),
        *SIZE_TITLES.values(),
        *OUTCOME_KINDS.values(),
        *PROGRAMME_STATUSES.values(),
    ]
    assert sorted(set(titles) - set(LABELS)) == []


def test_the_programme_screens_speak_english(
    qtbot: QtBot, qapp: QApplication, context: ViewContext, tmp_path: Path
) -> None:
    translator = make_translator("en", tmp_path / "compiled")
    assert translator is not None
    qapp.installTranslator(translator)
    try:
        musrenbang = MusrenbangView(context)
        qtbot.addWidget(musrenbang)
        musrenbang.open_cycle(2026)
        tabs = [musrenbang.tabs.tabText(i) for i in range(musrenbang.tabs.count())]
        assert tabs == ["&1 Proposals", "&2 Scoring and ranking", "&3 Forum and minutes", "&4 Results and follow-up"]
        assert musrenbang.phase_label.text() == "Current phase: Collecting RW proposals"
        assert musrenbang.form.field.itemText(0) == "Infrastructure"
        assert (musrenbang.edit_button.text(), musrenbang.photos_button.text()) == ("&Edit proposal…", "View p&hotos…")
        heading = musrenbang.proposal_model.headerData(1, Qt.Orientation.Horizontal)
        assert heading == "Activity"
        ranking = musrenbang.ranking.model
        assert " ".join(str(ranking.headerData(3, Qt.Orientation.Horizontal)).split()) == (
            "Tingkat kedaruratan (weight 25)"  # the office's own criterion titles stay as typed
        )
        umkm = UmkmView(context)
        qtbot.addWidget(umkm)
        assert umkm.sector.itemText(1) == "Food and drink" and umkm.new_button.text() == "&Register business…"
        training = TrainingView(context)
        qtbot.addWidget(training)
        assert training.summary.text() == "No training programme yet."
        assert training.outcome_button.text() == "Record &outcome…"
        assert training.edit_button.text() == "E&dit programme…"
    finally:
        qapp.removeTranslator(translator)

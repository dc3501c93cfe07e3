"""Exporting the residents a search shows (or all) to CSV or Excel, in the background."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from kelurahan_desk.ui.amount_texts import thousands
from kelurahan_desk.ui.message_boxes import inform
from kelurahan_desk.ui.task_progress import run_with_progress
from kelurahan_desk.ui.view_context import ViewContext

LAST_FOLDER_KEY = "export/last_folder"


def export_residents(parent: QWidget, context: ViewContext, query: str, status: str | None) -> None:
    settings = context.settings
    start = Path(str(settings.value(LAST_FOLDER_KEY, "") or Path.home())) / "penduduk.xlsx"
    excel = QCoreApplication.translate("ResidentExport", "Excel (*.xlsx)")
    csv = QCoreApplication.translate("ResidentExport", "CSV (*.csv)")
    chosen, chosen_filter = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("ResidentExport", "Ekspor data penduduk"), str(start), f"{excel};;{csv}"
    )
    if not chosen:
        return
    path = Path(chosen)
    if path.suffix.lower() not in (".csv", ".xlsx"):
        path = path.with_suffix(".csv" if chosen_filter == csv else ".xlsx")
    settings.setValue(LAST_FOLDER_KEY, str(path.parent))
    service, actor = context.services.resident_export, context.actor

    def done(count: int) -> None:
        inform(
            parent,
            QCoreApplication.translate("ResidentExport", "Ekspor selesai"),
            QCoreApplication.translate("ResidentExport", "{count} penduduk diekspor ke:\n{path}").format(
                count=thousands(count), path=path
            ),
        )

    run_with_progress(
        parent,
        context.runner,
        QCoreApplication.translate("ResidentExport", "Mengekspor data penduduk…"),
        lambda _task: service.export(actor, path, query, status=status),
        done,
        cancellable=False,
    )

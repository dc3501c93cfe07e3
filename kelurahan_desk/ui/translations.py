"""The interface language: Indonesian source strings, English through `resources/i18n/kelurahan_desk_en.ts`.

The language is a per-PC choice kept in `QSettings`. `.qm` files are built, not committed: a bundle
ships them compiled; from a source checkout the `.ts` is compiled at run time with `pyside6-lrelease`
into the user data folder, and when that tool is missing the `.ts` is read directly. What compiling or
reading a `.ts` needs is imported only then: an Indonesian start needs none of it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTranslator

from kelurahan_desk.resources_path import resource_path

LANGUAGE_KEY = "ui/language"
LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}
DEFAULT_LANGUAGE = "id"
BASENAME = "kelurahan_desk"


def i18n_folder() -> Path:
    return resource_path("i18n")


def saved_language(settings: QSettings) -> str:
    value = str(settings.value(LANGUAGE_KEY, DEFAULT_LANGUAGE))
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def save_language(settings: QSettings, language: str) -> None:
    settings.setValue(LANGUAGE_KEY, language if language in LANGUAGES else DEFAULT_LANGUAGE)


class TsTranslator(QTranslator):
    """Translations read straight from a Qt Linguist `.ts` file (no compiled `.qm` at hand)."""

    def __init__(self, ts_file: Path) -> None:
        import xml.etree.ElementTree as ET

        super().__init__()
        self._table: dict[tuple[str, str], tuple[str, ...]] = {}
        root = ET.parse(ts_file).getroot()
        for context in root.iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                forms = tuple(form.text or "" for form in translation.iter("numerusform")) or (translation.text or "",)
                if all(forms):
                    self._table[(name, message.findtext("source", ""))] = forms

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        """The translation; of a count's forms (`%n`), English's: the first for one, the second for others."""
        forms = self._table.get((context, source), ("",))
        return forms[0] if n == 1 or len(forms) == 1 else forms[1]

    def isEmpty(self) -> bool:
        return not self._table


def _lrelease() -> str | None:
    import shutil

    found = shutil.which("pyside6-lrelease")
    if found:
        return found
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    return str(beside) if beside.exists() else None


def compile_ts(ts_file: Path, out_folder: Path) -> Path | None:
    """Compiles `ts_file` into `out_folder` (again only when the .ts is newer); None when it cannot."""
    import subprocess

    qm = out_folder / ts_file.with_suffix(".qm").name
    if qm.exists() and qm.stat().st_mtime >= ts_file.stat().st_mtime:
        return qm
    tool = _lrelease()
    if tool is None:
        return None
    out_folder.mkdir(parents=True, exist_ok=True)
    try:
        subprocess.run([tool, "-silent", str(ts_file), "-qm", str(qm)], check=True, capture_output=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return None
    return qm if qm.exists() else None


def make_translator(language: str, compiled_folder: Path, source_folder: Path | None = None) -> QTranslator | None:
    """The translator for `language`, or None for Indonesian (the source language) or nothing found."""
    if language == DEFAULT_LANGUAGE:
        return None
    source_folder = source_folder or i18n_folder()
    name = f"{BASENAME}_{language}"
    candidates = [source_folder / f"{name}.qm"]
    ts_file = source_folder / f"{name}.ts"
    if not candidates[0].exists() and ts_file.exists():
        compiled = compile_ts(ts_file, compiled_folder)
        if compiled is not None:
            candidates.append(compiled)
    for qm in candidates:
        translator = QTranslator()
        if qm.exists() and translator.load(str(qm)):
            return translator
    if ts_file.exists():
        parsed = TsTranslator(ts_file)
        if not parsed.isEmpty():
            return parsed
    return None


def install_translator(app: QCoreApplication, language: str, compiled_folder: Path) -> QTranslator | None:
    """Installs the translator for `language` on `app`; the caller keeps the returned object alive."""
    translator = make_translator(language, compiled_folder)
    if translator is not None:
        app.installTranslator(translator)
    return translator

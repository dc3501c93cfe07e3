"""Rendering many letters at once on every core (reportlab is pure Python: threads would share one core).

The files written here are working copies (for a print run or an export), written without waiting for the
disk; the archive copy of an issued letter is written by the issuing transaction itself, durably.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from kelurahan_desk.core.documents.letter_pdf import LetterDocument, render_letter

Job = tuple[LetterDocument, Path]
CHUNK = 25


def render_to_files(jobs: Sequence[Job]) -> int:
    for document, target in jobs:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(render_letter(document))
    return len(jobs)


def render_batch(
    jobs: Sequence[Job], *, workers: int | None = None, progress: Callable[[int, int], None] | None = None
) -> int:
    """Writes each document's PDF to its path; returns how many were written. `workers` defaults to the cores."""
    workers = max(1, min(workers or os.cpu_count() or 1, len(jobs) or 1))
    chunks = [list(jobs[i : i + CHUNK]) for i in range(0, len(jobs), CHUNK)]
    done = 0
    if workers == 1:
        for chunk in chunks:
            done += render_to_files(chunk)
            if progress:
                progress(done, len(jobs))
        return done
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for count in pool.map(render_to_files, chunks):
            done += count
            if progress:
                progress(done, len(jobs))
    return done

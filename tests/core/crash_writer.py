"""Writes to an office store in a loop until killed; used by test_crash.py.

    python crash_writer.py DATA_DIR

The process imports everything once, then for each `go` line on stdin forks a writer process and prints
`w <pid>`; the test kills that writer with SIGKILL whenever it likes. `reap` waits for the dead writer
and prints `r <pid>`, so every line before it came from that writer. A writer opens the store itself
(as the app does) and, each time a commit has returned, prints one flushed line: `c <id>` for a new
resident, `u <id> <rev>` for an edit that brought the resident to revision <rev>.
"""

from __future__ import annotations

import os
import random
import sys
import traceback
from pathlib import Path

from kelurahan_desk.core.data_folder import DataFolder
from kelurahan_desk.core.store.base import utcnow
from kelurahan_desk.core.store.instance_lock import InstanceLock
from kelurahan_desk.core.store.models import Family, Resident
from kelurahan_desk.core.store.unit_of_work import Store


def say(line: str) -> None:
    os.write(1, (line + "\n").encode())


def write_forever(folder: DataFolder) -> None:
    InstanceLock(folder.root).acquire()
    store = Store(folder.database)
    rng = random.Random()
    created: list[str] = []
    step = 0
    while True:
        step += 1
        if created and step % 3 == 0:
            target = rng.choice(created)
            with store.write("petugas", "resident.edit") as s:
                resident = s.get(Resident, target)
                assert resident is not None
                resident.address = f"Jl. Merdeka No. {step}"
                resident.updated_at = utcnow()
                s.flush()
                rev = resident.rev
            say(f"u {target} {rev}")
            continue
        with store.write("petugas", "resident.create") as s:
            family = Family(kk=f"3273{rng.randrange(10**11, 10**12)}", address="Jl. Sukarasa")
            s.add(family)
            s.flush()
            resident = Resident(
                nik=f"3273{rng.randrange(10**11, 10**12)}",
                name=f"Warga {rng.randrange(10**6)}",
                sex=rng.choice("LP"),
                family_id=family.id,
                relationship="KEPALA KELUARGA",
                updated_at=utcnow(),
            )
            s.add(resident)
            s.flush()
            family.head_id = resident.id
        created.append(resident.id)
        say(f"c {resident.id}")


def main(root: str) -> None:
    folder = DataFolder(Path(root))
    writer = 0
    for command in sys.stdin:
        if command.strip() == "go":
            writer = os.fork()
            if writer == 0:
                try:
                    write_forever(folder)
                except BaseException:
                    traceback.print_exc()
                finally:
                    os._exit(1)
            say(f"w {writer}")
        elif command.strip() == "reap":
            os.waitpid(writer, 0)
            say(f"r {writer}")


if __name__ == "__main__":
    main(sys.argv[1])

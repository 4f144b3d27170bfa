"""Child process for the crash test: archives a fake device store, optionally deleting from it.

Usage: python sync_child.py STORE DEVICE_DIR [--delete]; STORE is a SQLite file or a store URL.
DEVICE_DIR holds one JSON file per stored message (its name is the storage index). For each,
in index order: archive it (durable), print "archived <index>", and with --delete remove the
file only if the archive holds it, then record the deletion. The parent kills this process
with SIGKILL at random moments.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
from pathlib import Path

from cmgui.store.db import open_database
from cmgui.store.sms import PduRecord, SmsArchive


def record(path: Path) -> PduRecord:
    data = json.loads(path.read_text())
    concat = tuple(data["concat"]) if data.get("concat") else None
    return PduRecord(pdu=data["pdu"], kind="deliver", number=data["number"], text=data["text"],
                     concat=concat, imei="IMEI", imsi="IMSI", storage="SM",
                     index=int(path.stem), device_status=1)


def remove(path: Path) -> None:
    """Delete a message from the fake device, durably."""
    path.unlink()
    fd = os.open(path.parent, os.O_RDONLY)
    os.fsync(fd)
    os.close(fd)


async def main(db_path: str, paths: list[Path], delete: bool) -> None:
    db = open_database(db_path)
    archive = SmsArchive(db)
    for path in paths:
        rec = record(path)
        result = await archive.import_message(rec)
        print(f"archived {path.stem}", flush=True)
        if delete:
            if archive.archived_part_id(rec) != result.part_id:
                raise SystemExit(f"not archived: {path.stem}")
            remove(path)
            await archive.mark_deleted_from_device([result.part_id])
    db.close()


if __name__ == "__main__":
    stored = sorted(Path(sys.argv[2]).glob("*.json"), key=lambda p: int(p.stem))
    asyncio.run(main(sys.argv[1], stored, "--delete" in sys.argv[3:]))

"""Every secret handled in a realistic run is absent from logs, settings, database and exports."""

from __future__ import annotations

import logging
from pathlib import Path

from cmgui.store.db import Database
from cmgui.store.profiles import Auth, Profile, ProfileStore
from cmgui.store.secrets import (
    MASK,
    SecretRedactor,
    SecretRegistry,
    SecretStore,
    endpoint_token_key,
    gateway_password_key,
    platform_key,
    register_secret,
)
from cmgui.store.settings import Settings
from cmgui.store.sms import SmsArchive
from cmgui.store.stats import ConnectionLog
from tests.memory_keyring import MemoryKeyring
from tests.unit.store.store_support import deliver

APN_PASSWORD = "apn-Pa55word!"
NEW_APN_PASSWORD = "apn-rotated-77"
TOKEN = "eyJhbGciOi.endpoint-token.sig"
GATEWAY = "gw-digest-secret"
PLATFORM = "cmp-hmac-key-0042"
PIN = "2468"
SESSION_PASSWORD = "only-in-memory-pass"


async def test_no_secret_reaches_logs_settings_database_or_exports(
    tmp_path: Path, file_keyring: MemoryKeyring, registry: SecretRegistry
) -> None:
    data, config, exports = tmp_path / "data", tmp_path / "config", tmp_path / "exports"
    exports.mkdir()
    log_file = tmp_path / "cmgui.log"
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s %(message)s"))
    handler.addFilter(SecretRedactor(registry))
    root = logging.getLogger()
    old_level = root.level
    root.setLevel(logging.DEBUG)
    root.addHandler(handler)
    log = logging.getLogger("cmgui.test.leaks")
    try:
        secrets = SecretStore(registry=registry)
        db = Database(data / "cmgui.sqlite3")
        profiles = ProfileStore(db, secrets)
        work = await profiles.add(
            Profile(name="work", apn="corp.apn", auth=Auth.PAP, username="alice"),
            password=APN_PASSWORD,
        )
        assert work.id is not None
        log.debug("connecting %s with password %s", work.name, await profiles.password(work.id))
        await profiles.update(work, password=NEW_APN_PASSWORD)
        log.info(f"profile updated, password now {NEW_APN_PASSWORD}")  # a careless f-string
        await secrets.aset(endpoint_token_key("https://127.0.0.1:8765/"), TOKEN)
        secrets.set(gateway_password_key("https://gw.local"), GATEWAY)
        secrets.set(platform_key("cmp", "secret"), PLATFORM)
        secrets.set_pin("8949000000000000001", PIN, remember=True)
        register_secret(SESSION_PASSWORD, registry)
        log.warning("Authorization: Bearer %s", TOKEN)
        try:
            raise ConnectionError(f"digest auth failed for admin:{GATEWAY}")
        except ConnectionError:
            log.exception("gateway request failed")
        log.error("PIN %s rejected; session %s; key %s", PIN, SESSION_PASSWORD, PLATFORM,
                  stack_info=True)

        settings = Settings(config)
        settings.set("secrets.remember_pin", True)
        settings.set("devices.last_device", "https://127.0.0.1:8765/")
        settings.save()

        archive = SmsArchive(db)
        await archive.import_many([deliver("Your code is 913422"), deliver("hi", minute=1)])
        await archive.record_sent("+4930", "sent text", [3])
        stats = ConnectionLog(db)
        rid = await stats.start(device="IMEI", imsi="262011234567890", profile=work.name)
        await stats.byte_count(rid, 10, 20)
        await archive.export_json(exports / "sms.json")
        await archive.export_csv(exports / "sms.csv")
        db.close()
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
        handler.close()

    handled = registry.values()
    expected = {APN_PASSWORD, NEW_APN_PASSWORD, TOKEN, GATEWAY, PLATFORM, PIN, SESSION_PASSWORD}
    assert expected <= handled  # every secret of the run was collected
    # The secrets were really stored (so their absence below is not for want of using them).
    assert secrets.get(platform_key("cmp", "secret")) == PLATFORM
    logged = log_file.read_text(encoding="utf-8")
    assert logged.count(MASK) >= 7 and "gateway request failed" in logged
    files = [log_file, *data.rglob("*"), *config.rglob("*"), *exports.rglob("*")]
    assert {p.name for p in files} >= {"cmgui.sqlite3", "settings.json", "sms.json", "sms.csv"}
    for path in files:
        if path.is_file():
            content = path.read_bytes()
            for secret in handled:
                assert secret.encode() not in content, f"a secret leaked into {path.name}"

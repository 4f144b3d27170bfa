"""Cellular profiles in SQLite, passwords in the keyring, defaults and auto-connect."""

from __future__ import annotations

import pytest

from cmgui.store.db import Database
from cmgui.store.errors import ProfileError
from cmgui.store.profiles import Auth, IpType, Profile, ProfileStore
from cmgui.store.secrets import SecretStore, profile_password_key


@pytest.fixture
def profiles(db: Database, secrets: SecretStore) -> ProfileStore:
    return ProfileStore(db, secrets)


async def test_add_get_update_delete(
    profiles: ProfileStore, secrets: SecretStore, db: Database
) -> None:
    work = await profiles.add(
        Profile(name=" Work ", apn="internet.example.com", auth=Auth.CHAP, username="me",
                ip_type=IpType.IPV4, dns=("9.9.9.9", "2620:fe::fe"), roaming_allowed=True),
        password="pa55-word",
    )
    assert work.id is not None and work.name == "Work" and work.has_password
    assert profiles.by_name("work") == work
    assert await profiles.password(work.id) == "pa55-word"
    assert secrets.get(profile_password_key(work.id)) == "pa55-word"
    stored = db.read(lambda c: c.execute("SELECT * FROM cellular_profile").fetchone())
    assert "pa55-word" not in [str(v) for v in tuple(stored)]
    assert stored["password_ref"] == profile_password_key(work.id)

    changed = await profiles.update(Profile(**{**work.__dict__, "apn": "web"}))
    assert changed.apn == "web" and await profiles.password(work.id) == "pa55-word"
    cleared = await profiles.update(changed, password="")
    assert not cleared.has_password and await profiles.password(work.id) is None

    await profiles.add(Profile(name="alpha"))
    assert [p.name for p in profiles.profiles()] == ["alpha", "Work"]
    await profiles.set_password(work.id, "again-1")
    assert await profiles.delete(work.id)
    assert not await profiles.delete(work.id)
    assert secrets.get(profile_password_key(work.id)) is None
    assert profiles.get(work.id) is None


@pytest.mark.parametrize(
    ("profile", "message"),
    [
        (Profile(name=""), "needs a name"),
        (Profile(name="x" * 65), "at most 64"),
        (Profile(name="p", apn="bad apn"), "not a valid APN"),
        (Profile(name="p", apn="a..b"), "not a valid APN"),
        (Profile(name="p", apn="-x"), "not a valid APN"),
        (Profile(name="p", dns=("8.8.8",)), "not an IP address"),
        (Profile(name="p", auth="kerberos"), "Unknown profile option"),  # type: ignore[arg-type]
    ],
)
async def test_invalid_profiles_are_refused(
    profiles: ProfileStore, profile: Profile, message: str
) -> None:
    with pytest.raises(ProfileError, match=message):
        await profiles.add(profile)


async def test_duplicate_names_and_missing_profiles(profiles: ProfileStore) -> None:
    first = await profiles.add(Profile(name="Home", apn="a"))
    second = await profiles.add(Profile(name="Other", apn="b"))
    with pytest.raises(ProfileError, match="already exists"):
        await profiles.add(Profile(name="HOME"))
    with pytest.raises(ProfileError, match="already exists"):
        await profiles.update(Profile(name="home", id=second.id))
    with pytest.raises(ProfileError, match="no profile"):
        await profiles.update(Profile(name="ghost", id=999))
    with pytest.raises(ProfileError, match="saved profile"):
        await profiles.update(Profile(name="unsaved"))
    with pytest.raises(ProfileError, match="no profile"):
        await profiles.set_default(12345)
    assert first.id is not None


async def test_default_profile_most_specific_wins(profiles: ProfileStore) -> None:
    a = await profiles.add(Profile(name="global", apn="a"))
    b = await profiles.add(Profile(name="device", apn="b"))
    c = await profiles.add(Profile(name="sim", apn="c"))
    assert profiles.default() is None
    await profiles.set_default(a.id)
    await profiles.set_default(b.id, imei="IMEI1")
    await profiles.set_default(c.id, iccid="ICCID1")
    assert profiles.default() == a
    assert profiles.default(imei="IMEI1") == b
    assert profiles.default(imei="IMEI1", iccid="ICCID1") == c
    assert profiles.default(imei="IMEI2", iccid="ICCID2") == a
    await profiles.delete(c.id or 0)  # deleting a profile drops it as a default
    assert profiles.default(imei="IMEI1", iccid="ICCID1") == b
    await profiles.set_default(None, imei="IMEI1")
    assert profiles.default(imei="IMEI1") == a
    with pytest.raises(ProfileError, match="either"):
        await profiles.set_default(a.id, imei="x", iccid="y")


async def test_auto_connect(profiles: ProfileStore) -> None:
    assert profiles.auto_connect() is False
    await profiles.set_auto_connect(True)
    await profiles.set_auto_connect(False, iccid="S1")
    assert profiles.auto_connect(imei="D1") is True
    assert profiles.auto_connect(imei="D1", iccid="S1") is False

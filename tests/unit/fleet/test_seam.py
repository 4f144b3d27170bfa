"""The fleet seam: normalised statuses from data, transitions refused before any call,
functions a platform lacks."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from cmgui.service import fleet_tables
from cmgui.service.fleet import (
    Fleet,
    FleetError,
    NotOffered,
    Sim,
    SimDetails,
    SimFilter,
    SimStatusChanged,
    TransitionRefused,
    normalise,
    parse_status,
    transition_refusal,
)
from tests.unit.fleet.fakes import MemoryFleet


def test_the_ten_statuses() -> None:
    assert fleet_tables.NORMALISED_STATUSES == (
        "CREATED", "PENDING_ACTIVE", "INVENTORY", "ACTIVE", "SUSPENDED", "BLOCKED",
        "PENDING_TERMINATE", "TERMINATED", "DELETED", "UNKNOWN")


@pytest.mark.parametrize(("backend", "word", "status"), [
    ("TMSP", "On Stock", "INVENTORY"), ("TMSP", "blocked(by operator)", "BLOCKED"),
    ("TMUS", "ACTIVATION_READY", "PENDING_ACTIVE"), ("JASPER", "RETIRED", "PENDING_TERMINATE"),
    ("IOTA", "DEACTIVATED_NO_BILLING", "PENDING_TERMINATE"), ("AIRLINQ", "CEASE",
                                                              "PENDING_TERMINATE"),
    ("1NCE", "Enabled", "ACTIVE"), ("1NCE", " disabled ", "SUSPENDED"),
    ("TURKCELL", "d", "TERMINATED"), ("INTELSAT", "active/offline", "BLOCKED"),
])
def test_platform_words_map_through_the_table(backend: str, word: str, status: str) -> None:
    assert normalise("cmo", backend, "", word) == status


def test_values_that_map_to_none_are_kept_as_they_came() -> None:
    assert normalise("cmo", "1NCE", "INACTIVE") == "INACTIVE"
    assert normalise("cmo", "STC", "", "Weird Word") == "Weird Word"
    assert normalise("cmo", "TMSP", "SUSPENDED", "Productive") == "SUSPENDED"  # CMO's own word


def test_every_table_entry_names_real_statuses_and_backends() -> None:
    for platform, words in fleet_tables.STATUS_WORDS.items():
        for backend, table in words.items():
            assert backend == "*" or backend in fleet_tables.CMO_BACKENDS, (platform, backend)
            assert set(table.values()) <= set(fleet_tables.NORMALISED_STATUSES)
    for table in fleet_tables.TRANSITIONS.values():
        for (a, b), backends in table.items():
            assert {a, b} <= set(fleet_tables.NORMALISED_STATUSES)
            assert set(backends) <= {*fleet_tables.CMO_BACKENDS, "*"}


def test_the_transition_counts_the_seed_is_sure_of() -> None:
    cmo = fleet_tables.TRANSITIONS["cmo"]
    sims = {k: {b for b in v if b != "INTELSAT"} for k, v in cmo.items()}  # terminals aside
    assert [len(sims[k]) for k in [
        ("CREATED", "ACTIVE"), ("PENDING_ACTIVE", "ACTIVE"), ("ACTIVE", "SUSPENDED"),
        ("SUSPENDED", "ACTIVE"), ("PENDING_TERMINATE", "ACTIVE"), ("ACTIVE", "BLOCKED"),
        ("BLOCKED", "ACTIVE"), ("ACTIVE", "TERMINATED"), ("TERMINATED", "ACTIVE")]] == [
        2, 1, 8, 8, 2, 1, 1, 2, 1]


def test_transition_refusals() -> None:
    assert transition_refusal("cmo", "1NCE", "ACTIVE", "SUSPENDED") is None
    assert "no platform implements ACTIVE → CREATED" in str(
        transition_refusal("cmo", "1NCE", "ACTIVE", "CREATED"))
    assert "1NCE does not implement ACTIVE → BLOCKED" in str(
        transition_refusal("cmo", "1NCE", "ACTIVE", "BLOCKED"))
    assert transition_refusal("cmo", "GALAXY1", "ACTIVE", "SUSPENDED") == (
        "GALAXY1 offers no status change")
    assert transition_refusal("cmo", "1NCE", "INACTIVE", "ACTIVE") is None  # the platform decides
    assert transition_refusal("cmp", "SP000040", "SUSPENDED", "ACTIVE") is None


@pytest.mark.parametrize(("typed", "status"), [("suspended", "SUSPENDED"),
                                               ("pending-active", "PENDING_ACTIVE")])
def test_typed_statuses(typed: str, status: str) -> None:
    assert parse_status(typed) == status


def test_a_word_that_is_no_status_is_refused() -> None:
    with pytest.raises(FleetError, match="not a SIM status"):
        parse_status("paused")


async def test_a_forbidden_transition_is_refused_before_any_call() -> None:
    fleet = MemoryFleet([Sim("1", "ACTIVE", backend="1NCE")])
    with pytest.raises(TransitionRefused, match="1NCE does not implement ACTIVE → BLOCKED"):
        await fleet.set_status("1", "BLOCKED")
    assert ("apply", "1") not in fleet.calls


async def test_an_allowed_transition_goes_to_the_platform_and_is_announced() -> None:
    fleet = MemoryFleet([Sim("1", "ACTIVE", backend="1NCE")])
    events = fleet.subscribe()
    change = await fleet.set_status("1", "suspended")
    assert (change.before, change.after, change.changed) == ("ACTIVE", "SUSPENDED", True)
    assert await events.get() == SimStatusChanged("1", "SUSPENDED", "ACTIVE")
    again = await fleet.set_status("1", "SUSPENDED")
    assert not again.changed and fleet.calls.count(("apply", "1")) == 1


async def test_what_a_platform_lacks_is_not_offered() -> None:
    fleet = MemoryFleet([])
    assert fleet.offers("set_status") and not fleet.offers("send_sms")
    assert fleet.offered() == {"set_status"}
    with pytest.raises(NotOffered, match="sending an SMS: not offered by this platform"):
        await fleet.send_sms("1", "hi")
    class BareFleet(Fleet):
        """A platform that offers nothing but listing."""

        def sims(self, where: SimFilter | None = None) -> AsyncIterator[Sim]:
            raise AssertionError("not listed in this test")

        async def sim(self, iccid: str) -> SimDetails:
            raise AssertionError("not read in this test")

    bare = BareFleet("x")
    assert not bare.offers("set_status")
    with pytest.raises(NotOffered):
        await bare.set_status("1", "ACTIVE", current=Sim("1", "SUSPENDED", backend="TMSP"))


def test_filters() -> None:
    sim = Sim("8949123", "SUSPENDED", "Disabled", "1NCE", imsi="26201", msisdn="4915",
              imei="35", name="Truck 7")
    assert SimFilter("suspended").matches(sim) and SimFilter("disabled").matches(sim)
    assert SimFilter(backend="1nce", search="truck").matches(sim)
    assert not SimFilter("ACTIVE").matches(sim)
    assert not SimFilter(search="nope").matches(sim)

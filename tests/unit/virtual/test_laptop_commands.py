"""The virtual device's laptop-mandatory parts through its AT front end, byte for byte:
secondary contexts, EPS QoS, battery, personalisations with attempts, voice calls."""

from __future__ import annotations

from tests.unit.virtual.test_frontend import OK, Term


def _registered() -> Term:
    term = Term()
    term.tick(5.0)
    assert term.model.registered
    return term


def test_secondary_context_shares_its_primary_and_needs_it_up() -> None:
    term = _registered()
    assert term.at("AT+CGDSCONT=2,1") == OK
    assert term.at("AT+CGDSCONT?") == b"\r\n+CGDSCONT: 2,1,0,0\r\n" + OK
    assert b"+CGDCONT: 2" not in term.at("AT+CGDCONT?")
    assert term.at("AT+CGACT=1,2") == b"\r\n+CME ERROR: 3\r\n"  # primary down
    assert term.at("AT+CGACT=1,1") == OK
    assert term.at("AT+CGACT=1,2") == OK
    primary, secondary = term.model.data.get(1), term.model.data.get(2)
    assert secondary.active and secondary.address == primary.address
    qos = term.at("AT+CGEQOSRDP")
    assert qos == (b"\r\n+CGEQOSRDP: 1,9,,,,,150000,50000\r\n"
                   b"+CGEQOSRDP: 2,1,128,128,256,256,150000,50000\r\n" + OK)
    assert term.at("AT+CGACT=0,1") == OK
    assert not secondary.active  # a primary takes its secondaries down
    assert term.at("AT+CGDSCONT=2") == OK
    assert term.at("AT+CGDSCONT?") == OK


def test_battery_drains_and_charges() -> None:
    term = Term()
    assert term.at("AT+CBC") == b"\r\n+CBC: 0,87\r\n" + OK
    term.tick(65.0)
    assert term.at("AT+CBC") == b"\r\n+CBC: 0,85\r\n" + OK
    term.model.battery.external_power = True
    term.tick(30.0)
    assert term.at("AT+CBC") == b"\r\n+CBC: 1,86\r\n" + OK
    term.model.battery.present = False
    assert term.at("AT+CBC") == b"\r\n+CBC: 2,0\r\n" + OK


def test_personalisations_count_attempts_and_block() -> None:
    term = Term()
    assert term.at('AT+CLCK="PN",2') == b"\r\n+CLCK: 1\r\n" + OK
    assert term.at('AT+CLCK="PU",2') == b"\r\n+CLCK: 0\r\n" + OK
    assert term.at('AT+CPINR="PH-NET PIN"') == b"\r\n+CPINR: PH-NET PIN,5,5\r\n" + OK
    for left in (4, 3, 2, 1, 0):
        assert term.at('AT+CLCK="PN",0,"00000000"') == b"\r\n+CME ERROR: 16\r\n"
        assert term.at('AT+CPINR="PH-NET PIN"') == f"\r\n+CPINR: PH-NET PIN,{left},5\r\n" \
            .encode() + OK
    assert term.at("AT+CPIN?") == b"\r\n+CPIN: PH-NET PUK\r\n" + OK
    assert term.at('AT+CPIN="11111111"') == b"\r\n+CME ERROR: 16\r\n"
    assert term.at('AT+CPIN="87654321"') == OK
    assert term.at("AT+CPIN?") == b"\r\n+CPIN: READY\r\n" + OK
    assert term.at('AT+CLCK="PN",2') == b"\r\n+CLCK: 0\r\n" + OK
    assert term.at('AT+CLCK="PN",1,"12341234"') == OK
    assert term.at('AT+CLCK="PN",2') == b"\r\n+CLCK: 1\r\n" + OK
    assert term.at('AT+CLCK=?') == b'\r\n+CLCK: ("SC","PN","PU","PP","PC")\r\n' + OK


def test_an_incoming_call_rings_with_the_callers_number() -> None:
    term = _registered()
    assert term.at("AT+FCLASS=?") == b"\r\n+FCLASS: (0,8)\r\n" + OK
    assert term.at("AT+CLIP=1") == OK
    term.model.incoming_call("+15550142")
    assert term.tick(0.1) == b'\r\nRING\r\n\r\n+CLIP: "+15550142",145\r\n'
    assert term.at("ATA") == OK
    assert term.model.voice.active
    assert term.at("ATH") == OK
    assert not term.model.voice.active

"""The virtual modem's phonebooks, through the AT front end (byte-exact answers)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cmgui.drivers.virtual.phonebook import Phonebook, gsm_length
from tests.unit.virtual.test_frontend import OK, Term


def test_sim_phonebook_commands() -> None:
    t = Term()
    assert t.at("AT+CPBS=?") == b'\r\n+CPBS: ("SM","ME")\r\n' + OK
    assert t.at("AT+CPBS?") == b'\r\n+CPBS: "SM",4,250\r\n' + OK
    assert t.at("AT+CPBR=?") == b"\r\n+CPBR: (1-250),40,14\r\n" + OK
    assert t.at("AT+CPBR=1,2") == (b'\r\n+CPBR: 1,"+15550101",145,"Voicemail"\r\n'
                                   b'+CPBR: 2,"+15550102",145,"Customer care"\r\n' + OK)
    assert t.at("AT+CPBR=251") == b"\r\n+CME ERROR: 21\r\n"
    assert t.at('AT+CPBW=,"+4930",145,"Anna"') == OK
    assert t.at("AT+CPBR=5") == b'\r\n+CPBR: 5,"+4930",145,"Anna"\r\n' + OK
    assert t.at('AT+CPBW=7,"0301",129,"Fifteen chars!!"') == b"\r\n+CME ERROR: 24\r\n"
    assert t.at('AT+CPBW=7,"call",129,"x"') == b"\r\n+CME ERROR: 27\r\n"
    assert t.at('AT+CPBF="cu"') == b'\r\n+CPBF: 2,"+15550102",145,"Customer care"\r\n' + OK
    assert t.at('AT+CPBF="nobody"') == OK
    assert t.at("AT+CPBW=5") == OK
    assert t.at("AT+CPBR=5") == OK
    assert t.at("AT+CPBW=0") == b"\r\n+CME ERROR: 21\r\n"


def test_ucs2_names_and_the_device_phonebook() -> None:
    t = Term()
    t.at('AT+CSCS="UCS2"')
    assert t.at('AT+CPBW=9,"112",129,"041F04350442044F"') == OK  # Петя
    assert t.at("AT+CPBR=9") == b'\r\n+CPBR: 9,"112",129,"041F04350442044F"\r\n' + OK
    assert t.at('AT+CPBF="041F"') == b'\r\n+CPBF: 9,"112",129,"041F04350442044F"\r\n' + OK
    # 7 UCS2 characters do not fit a 14-byte alpha field
    assert t.at('AT+CPBW=9,"112",129,"041F04350442044F041F04350442"') == \
        b"\r\n+CME ERROR: 24\r\n"
    assert t.at('AT+CPBW=9,"112",129,"0ZZZ"') == b"\r\n+CME ERROR: 25\r\n"
    t.at('AT+CSCS="IRA"')
    assert t.at('AT+CPBS="ME"') == OK
    assert t.at("AT+CPBS?") == b'\r\n+CPBS: "ME",0,500\r\n' + OK
    assert t.at('AT+CPBW=,"0301",129,"A name of thirty characters ok"') == OK
    assert t.at('AT+CPBS="XX"') == b"\r\n+CME ERROR: 4\r\n"


def test_phonebook_needs_the_pin_and_fills_up() -> None:
    t = Term(pin_enabled=True, sim_phonebook_capacity=5)
    assert t.at("AT+CPBS?") == b"\r\n+CME ERROR: 11\r\n"
    t.at('AT+CPIN="1234"')
    assert t.at('AT+CPBW=,"1",129,"a"') == OK
    assert t.at('AT+CPBW=,"2",129,"b"') == b"\r\n+CME ERROR: 20\r\n"


def test_alpha_field_sizes() -> None:
    book = Phonebook("SM", 3, text_max=14)
    assert gsm_length("Ωmega{}") == 9 and gsm_length("Zoë") is None
    assert book.fits("Ωmega Ωmega Ωm") and not book.fits("Ωmega Ωmega Ωme")
    assert book.fits("Zoë Zoë") is False and book.fits("Zoë Z") is True
    assert book.write(None, "15550100", 145, "x") == 1
    assert book.read(1, 1)[0][1].number == "+15550100"


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(
    st.sampled_from(["AT+CPBS", "AT+CPBR", "AT+CPBW", "AT+CPBF", "AT+CSCS"]),
    st.sampled_from(["?", "=?", "=", ""]),
    st.text(alphabet='0123456789,"+-SMEUCIRAGabcé#* ', max_size=24)), max_size=10),
    st.sampled_from(["generic", "huawei", "quectel", "sierra"]))
def test_phonebook_commands_always_answer(commands: list[tuple[str, str, str]],
                                          dialect: str) -> None:
    t = Term(dialect, sim_phonebook_capacity=5)
    for name, op, args in commands:
        answer = t.at(name + op + (args if op == "=" else ""))
        assert answer.rstrip().endswith((b"OK", b"ERROR")) or b"ERROR: " in answer, answer

"""HTTP authentication as pure functions: challenges in, ``Authorization`` values out.

Digest (RFC 7616; MD5 and SHA-256, their ``-sess`` variants, ``qop=auth`` preferred, ``auth-int``
when it is all the server offers, and RFC 2069 servers without ``qop``) and Basic (RFC 7617).
Nothing here keeps state: the caller passes the client nonce and the nonce count, so a request
that answers its own challenge (count 1, a fresh client nonce) needs nothing from any other
request, however many run at once.

The policy (:func:`choose`): Digest whenever offered; Basic only when the server offers nothing
else, and then only over TLS unless the user allowed it over plain HTTP, because Basic sends the
password readable by anyone on the path.
"""

from __future__ import annotations

import base64
import hashlib
import re
import secrets
from collections.abc import Iterable
from dataclasses import dataclass, field

_HASHES = {"MD5": hashlib.md5, "SHA-256": hashlib.sha256}
_TOKEN = re.compile(r"\s*([!#$%&'*+\-.^_`|~0-9A-Za-z]+)\s*")
_PARAM_VALUE = re.compile(r'\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))\s*')


class AuthError(Exception):
    """Authentication cannot go ahead (unsupported scheme, or the policy forbids it)."""


@dataclass(frozen=True)
class Challenge:
    scheme: str  # lower-case: "digest", "basic", …
    params: dict[str, str] = field(default_factory=dict)

    @property
    def realm(self) -> str:
        return self.params.get("realm", "")


def parse_challenges(values: Iterable[str]) -> list[Challenge]:
    """The challenges of ``WWW-Authenticate`` header values (several may share one value)."""
    found: list[Challenge] = []
    for value in values:
        pos, end = 0, len(value)
        current: Challenge | None = None
        while pos < end:
            if value[pos] in ", \t":
                pos += 1
                continue
            match = _TOKEN.match(value, pos)
            if match is None:
                break  # garbage: keep what was understood
            name, after = match.group(1), match.end()
            param = _PARAM_VALUE.match(value, after)
            is_param = (param is not None and current is not None
                        and not value.startswith("==", after))
            if is_param and param is not None and current is not None:
                raw = param.group(1)
                text = re.sub(r"\\(.)", r"\1", raw) if raw is not None else param.group(2)
                current.params[name.lower()] = text
                pos = param.end()
            else:
                current = Challenge(name.lower(), {})
                found.append(current)
                pos = after
    return found


def _hash(algorithm: str, text: str) -> str:
    base = algorithm.upper().removesuffix("-SESS")
    return _HASHES[base](text.encode("utf-8")).hexdigest()


def supported_digest(challenge: Challenge) -> bool:
    algorithm = challenge.params.get("algorithm", "MD5").upper().removesuffix("-SESS")
    qops = _qops(challenge)
    return (challenge.scheme == "digest" and algorithm in _HASHES and "nonce" in challenge.params
            and (not qops or bool({"auth", "auth-int"} & qops)))


def _qops(challenge: Challenge) -> set[str]:
    raw = challenge.params.get("qop")
    return {q.strip().lower() for q in raw.split(",") if q.strip()} if raw else set()


def new_cnonce() -> str:
    return secrets.token_hex(16)


def digest_response(
    challenge: Challenge, *, method: str, uri: str, user: str, password: str, cnonce: str,
    nc: int = 1, body: bytes = b"",
) -> dict[str, str]:
    """The members of the Digest ``Authorization`` for one request (unquoted values)."""
    if not supported_digest(challenge):
        raise AuthError("the gateway asks for a Digest variant this client does not speak "
                        f"({challenge.params.get('algorithm', 'MD5')})")
    params = challenge.params
    algorithm = params.get("algorithm", "MD5")
    realm, nonce = params.get("realm", ""), params["nonce"]
    qops = _qops(challenge)
    qop = "auth" if "auth" in qops else ("auth-int" if qops else "")
    nc_text = f"{nc:08x}"
    ha1 = _hash(algorithm, f"{user}:{realm}:{password}")
    if algorithm.upper().endswith("-SESS"):
        ha1 = _hash(algorithm, f"{ha1}:{nonce}:{cnonce}")
    a2 = f"{method.upper()}:{uri}"
    if qop == "auth-int":
        a2 += ":" + _hash(algorithm, body.decode("latin-1"))
    ha2 = _hash(algorithm, a2)
    if qop:
        response = _hash(algorithm, f"{ha1}:{nonce}:{nc_text}:{cnonce}:{qop}:{ha2}")
    else:
        response = _hash(algorithm, f"{ha1}:{nonce}:{ha2}")
    out = {"username": user, "realm": realm, "nonce": nonce, "uri": uri,
           "response": response, "algorithm": algorithm}
    if "opaque" in params:
        out["opaque"] = params["opaque"]
    if qop:
        out.update(qop=qop, nc=nc_text, cnonce=cnonce)
    return out


_UNQUOTED = frozenset({"algorithm", "qop", "nc"})


def digest_header(members: dict[str, str]) -> str:
    parts = []
    for key, value in members.items():
        if key in _UNQUOTED:
            parts.append(f"{key}={value}")
        else:
            escaped = value.replace("\\", "\\\\").replace('"', '\\"')
            parts.append(f'{key}="{escaped}"')
    return "Digest " + ", ".join(parts)


def basic_header(user: str, password: str) -> str:
    token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
    return f"Basic {token}"


def choose(challenges: list[Challenge], *, secure: bool,
           allow_basic_over_http: bool = False) -> Challenge:
    """The challenge to answer: Digest if offered (and speakable), else Basic by the policy."""
    digests = [c for c in challenges if c.scheme == "digest"]
    for challenge in digests:
        if supported_digest(challenge):
            return challenge
    if digests:
        raise AuthError("the gateway asks for a Digest variant this client does not speak")
    basic = next((c for c in challenges if c.scheme == "basic"), None)
    if basic is None:
        offered = ", ".join(sorted({c.scheme for c in challenges})) or "nothing"
        raise AuthError(f"the gateway asks for an authentication this client does not speak "
                        f"({offered})")
    if not secure and not allow_basic_over_http:
        raise AuthError("the gateway offers only Basic authentication, which would send the "
                        "password readable over plain HTTP; use https://, or allow it "
                        "explicitly (--allow-basic-over-http)")
    return basic

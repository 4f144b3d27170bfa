"""GSMA OneAPI error bodies (Parlay REST): ``{"requestError": {"serviceException" |
"policyException": {"messageId", "text", "variables"}}}``, the ``%1`` placeholders of ``text``
filled by ``variables`` in order."""

from __future__ import annotations

import json
from typing import Any

#: messageId -> (exception kind, text).
EXCEPTIONS: dict[str, tuple[str, str]] = {
    "SVC0001": ("serviceException", "A service error occurred. Error code is %1"),
    "SVC0002": ("serviceException", "Invalid input value for message part %1"),
    "SVC0003": ("serviceException",
                "Invalid input value for message part %1, valid values are %2"),
    "SVC0004": ("serviceException", "No valid addresses provided in message part %1"),
    "POL0001": ("policyException", "A policy error occurred. Error code is %1"),
    "POL0002": ("policyException",
                "Privacy verification failed for address %1, request is refused"),
    "POL0003": ("policyException", "Too many addresses specified in message part %1"),
}

#: The exception an HTTP status code of the endpoint's own refusals is reported as.
FOR_STATUS: dict[int, str] = {
    400: "SVC0002", 401: "POL0001", 403: "POL0001", 404: "SVC0002", 405: "SVC0001",
    409: "SVC0001", 413: "SVC0002", 415: "SVC0002", 429: "POL0001", 503: "SVC0001",
}


def error_body(message_id: str, *variables: str) -> dict[str, Any]:
    kind, text = EXCEPTIONS[message_id]
    return {"requestError": {kind: {"messageId": message_id, "text": text,
                                    "variables": list(variables)}}}


def encode(message_id: str, *variables: str) -> bytes:
    return json.dumps(error_body(message_id, *variables), ensure_ascii=False).encode("utf-8")


def render(body: dict[str, Any]) -> str:
    """The exception's text with its variables in place (for people)."""
    for exception in body.get("requestError", {}).values():
        if isinstance(exception, dict):
            text = str(exception.get("text", ""))
            variables = exception.get("variables") or []
            if isinstance(variables, str):
                variables = [variables]
            for i, value in enumerate(variables, start=1):
                text = text.replace(f"%{i}", str(value))
            return f"{exception.get('messageId', '?')}: {text}"
    return "unexpected answer"

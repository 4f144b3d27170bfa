"""Where ``cmcli serve`` listens unless told otherwise (kept apart so the CLI starts fast)."""

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8485

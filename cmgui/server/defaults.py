"""Where ``cmcli serve`` listens unless told otherwise (kept apart so the CLI starts fast); the
default port is the binding's, in ``cmgui.common.cmapi_device``."""

DEFAULT_HOST = "127.0.0.1"

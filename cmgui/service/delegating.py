"""``DelegatingDevice``: a device that passes on every seam method it does not define.

A wrapper (the host's stores around a device, a modem plus this computer's Wi-Fi, a remote
endpoint, a gateway port) defines only the methods it changes. When the class is created,
``__init_subclass__`` gives it a forwarder for every other seam method; each forwarder has the
signature of the :class:`~cmgui.service.device.Device` method it stands for and calls
:meth:`DelegatingDevice.delegate`, which runs the method on :attr:`~DelegatingDevice.inner`
unless a subclass routes it elsewhere. The signatures stay in one place, ``Device``, which is what
the dispatcher, the JSON Schemas and ``docs/cmapi-profile.md`` read.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable
from typing import Any

from cmgui.cmapi import catalogue
from cmgui.service.callbacks import emitted_by
from cmgui.service.device import SEAM_METHODS, Device

#: Marks a generated forwarder (``getattr(method, FORWARDER)`` is the seam method's name).
FORWARDER = "__cmgui_forwards__"


def _forwarder(name: str, owner: type[Device]) -> Callable[..., Awaitable[Any]]:
    seam = getattr(Device, name)
    info = catalogue.by_method_name(name)

    async def method(self: DelegatingDevice, **kwargs: Any) -> Any:
        return await self.delegate(name, kwargs)

    method.__name__ = name
    method.__qualname__ = f"{owner.__qualname__}.{name}"
    method.__module__ = owner.__module__
    method.__doc__ = f"{info.name if info else name}, passed on by ``delegate``."
    method.__signature__ = inspect.signature(seam)  # type: ignore[attr-defined]
    setattr(method, FORWARDER, name)
    return method


def forwarded_methods(cls: type[Device]) -> frozenset[str]:
    """The seam methods ``cls`` passes on rather than defines."""
    return frozenset(name for name in SEAM_METHODS
                     if getattr(getattr(cls, name), FORWARDER, None) == name)


class DelegatingDevice(Device):
    """A device that runs every seam method it does not define through :meth:`delegate`.

    Subclasses set :attr:`inner` (or override :meth:`delegate` to route calls elsewhere) and
    usually :meth:`supported_functions`, which by default is the inner device's.
    """

    #: The device calls are passed on to, unless :meth:`delegate` says otherwise. Only classes
    #: that wrap a device set it (``RemoteDevice`` passes calls to an endpoint and has none):
    #: walk a chain of wrappers with ``getattr(device, "inner", None)``.
    inner: Device

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for name in SEAM_METHODS:
            # Only what would still be the base class's "not supported": a method the class or
            # one of its bases defines, or a forwarder inherited already, stays as it is.
            if getattr(cls, name) is getattr(Device, name):
                setattr(cls, name, _forwarder(name, cls))

    async def delegate(self, name: str, kwargs: dict[str, Any]) -> Any:
        """Run the seam method ``name`` with ``kwargs`` for a forwarder: on :attr:`inner`."""
        return await getattr(self.inner, name)(**kwargs)

    def supported_functions(self) -> frozenset[str]:
        return self.inner.supported_functions()

    def emitted_callbacks(self) -> frozenset[str]:
        inner: Device | None = getattr(self, "inner", None)
        if inner is None:
            return super().emitted_callbacks()
        # what the wrapper adds, plus what the device says (it may know it never sends some)
        added = self.supported_functions() - inner.supported_functions()
        return emitted_by(added) | inner.emitted_callbacks()

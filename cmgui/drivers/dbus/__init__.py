"""dbus."""

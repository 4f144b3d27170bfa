"""SIM platforms behind the fleet seam: CMO (``cmo+https://``) and CMP (``cmp+https://``).

Sans-IO request builders and parsers (``cmo``, ``cmp``, ``signing``, ``oauth``, ``push``), the
I/O around them (``client``, ``pacing``, ``push_server``) and one ``Fleet`` per platform
(``cmo_fleet``, ``cmp_fleet``), registered by ``backend``.
"""

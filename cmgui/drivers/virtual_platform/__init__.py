"""Simulated SIM platforms for the demo and the tests: CMO (``cmo_server``) and CMP
(``cmp_server``), served by ``cmcli virtual-platform cmo|cmp`` (``serve``)."""

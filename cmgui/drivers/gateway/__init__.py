"""SMS gateways (Dinstar's HTTP API): each port a ``Device``, the gateway behind the gateway
seam, a push receiver. See docs/gateway.md."""

"""Builders (``AtCommand`` factories) and parsers of AT responses, one module per family."""

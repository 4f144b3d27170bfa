"""Durable storage: SQLite (SMS archive, connection records, usage, profiles), settings, secrets.

Every module takes its paths and collaborators as arguments; nothing here reaches for a global
location by itself, so tests and the CLI can point it anywhere.
"""

"""Kelurahan Desk: the desktop system of an Indonesian kelurahan office."""

__version__ = "0.1.0"

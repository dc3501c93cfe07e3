"""Headless commands of the `kelurahan-desk` entry point."""

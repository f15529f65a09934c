"""Klassekonference: prepare and run a Danish class conference, offline."""

__version__ = "0.1.0"
APP_NAME = "Klassekonference"

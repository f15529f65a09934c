"""Errors from opening and writing the conference file. Messages are translated for the user."""

from __future__ import annotations


class StorageError(Exception):
    """Base class. ``str(error)`` is a complete Danish (or English) sentence saying what to do."""


class FileMissingError(StorageError):
    pass


class FileExistsAlreadyError(StorageError):
    pass


class NotAConferenceFileError(StorageError):
    pass


class NewerVersionError(StorageError):
    def __init__(self, message: str, file_version: int, app_version: int):
        super().__init__(message)
        self.file_version = file_version
        self.app_version = app_version


class MigrationError(StorageError):
    """An older file could not be upgraded; it was left as it was."""


class DamagedFileError(StorageError):
    pass


class PassphraseNeededError(StorageError):
    """The file is not plain SQLite: it is encrypted (or damaged) and no passphrase was given."""


class WrongPassphraseError(StorageError):
    pass

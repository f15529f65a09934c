"""The only package that touches SQLite. Open a file with :func:`app.storage.database.open_database`."""

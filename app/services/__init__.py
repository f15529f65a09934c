"""Use cases: one function per user action. No widgets; storage through app.storage only."""

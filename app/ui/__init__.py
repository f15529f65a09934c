"""Qt widgets, models and dialogs. Thin: collects input, calls one service per action, refreshes."""

from app.ui.pyside_fix import guard_refcounts

guard_refcounts()

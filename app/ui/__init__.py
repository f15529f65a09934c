"""Qt widgets, models and dialogs. Thin: collects input, calls one service per action, refreshes."""

from app.ui.pyside_fix import guard_bool_refcounts, guard_none_refcount

guard_none_refcount()
guard_bool_refcounts()

"""Qt widgets, models and dialogs. Thin: collects input, calls one service per action, refreshes."""

"""The conference workspace: preparing and running one class conference."""

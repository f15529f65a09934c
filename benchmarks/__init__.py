"""Benchmarks: scripts that print ``name value unit`` lines."""

"""Benchmarks, run as scripts (python benchmarks/run.py); a package so that the tests can
import what they share with them (fresh.py's starter, the generator)."""

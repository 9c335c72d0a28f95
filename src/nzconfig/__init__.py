"""nzconfig: a library consortium's Alma Network Zone configuration as code."""

__version__ = "0.2.0"

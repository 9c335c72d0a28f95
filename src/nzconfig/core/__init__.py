"""The core: diagnostics, the fatal error, the check catalogue and small text helpers.

It imports nothing else of nzconfig, so every other layer can use it.
"""

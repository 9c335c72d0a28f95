"""Test helpers shared by every test module: the CLI runner and the repository builders."""

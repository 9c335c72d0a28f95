"""One module per subcommand; each only turns options into calls (see cli.COMMANDS)."""

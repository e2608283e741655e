"""`python -m factcheck ...` runs the command line, as the `factcheck` script does."""

from factcheck.cli import main

main()

"""`python -m factcheck`: the same command line as the `factcheck` script."""

from factcheck.cli import main

main()

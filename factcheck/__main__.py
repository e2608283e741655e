"""`python -m factcheck`: the same command line as the `factcheck` script."""

from factcheck.cli import main

if __name__ == "__main__":  # Dask's worker processes import this module again; only the real run starts the CLI
    main()

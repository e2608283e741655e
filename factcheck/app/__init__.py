"""app: the one application layer over the pipeline; everything that runs a scan and keeps what it made.

    toolkit      load rules, knowledge, lexicon and spaCy once; the cache fingerprint
    pipeline     scan(paths) / scan_texts(texts) -> ScanResult
    baseline     known findings from an earlier report or a git revision (gitref: the temporary worktree)
    check        scan + baseline + gate -> Report (the gated scan `factcheck scan` runs)
    reporting    ScanResult -> Report (the factcheck-report/1 contract)
    artifacts    write the report files, record the run in the store
    latest       the latest scan, one source for explain, claims and triage
    ruletests    run the test articles in rule files

The gate decides, the report renders, the store persists; only this layer
puts them together. The CLI parses options, calls this layer and prints.
"""

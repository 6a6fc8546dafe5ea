"""Map snapshots: PNG and PDF with a map layout, standalone HTML, data exports, and a batch CLI.

``python -m snapshots --help`` for the command line.
"""

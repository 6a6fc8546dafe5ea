"""Analysis for the brief: proximity to theatre features and change since the last brief.

Pure functions on the event table (no Streamlit, no store); ``python -m analysis`` is the
command line, which opens the store and passes the table in.
"""

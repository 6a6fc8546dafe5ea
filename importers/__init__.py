"""Importers: turn a user's file into validated event records (and overlay shapes) plus rejects.

One module per format (:mod:`importers.acled`, :mod:`importers.ucdp`,
:mod:`importers.table`, :mod:`importers.vector`), listed once in
:mod:`importers.registry`. They read and validate only: writing is the store's
job (:mod:`store`), drawing the layers'. No Streamlit here.
"""

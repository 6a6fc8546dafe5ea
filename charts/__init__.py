"""Charts for the brief (Altair): events per week by type, cumulative reported fatalities, events near
each theatre feature, and SVG for still exports.

Pure: no Streamlit. Each chart takes the event table filtered by everything but the dates (so it shows
what came before and after) and the selected window, which it shades.
"""

"""The server entry: ``streamlit run serve.py`` serves the app (``app.py``) with the guard that keeps
the map's data files for logged-in users when log-in is configured (``auth/guard.py``).

``streamlit run app.py`` still works, without that guard (local use, Streamlit's AppTest).
"""

import streamlit as st
from starlette.middleware import Middleware

from auth.guard import PackGuard

app = st.App("app.py", middleware=[Middleware(PackGuard)])

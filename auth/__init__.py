"""Who the user is and what their role allows (issue 12): ``roles`` is pure, ``session`` reads
Streamlit's log-in (``st.user``) and guards every page and action."""

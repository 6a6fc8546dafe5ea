"""Render an element's script without a second Jinja pass.

branca's MacroElement.render wraps each rendered script in ``Element(text)``,
which compiles that text as a Jinja template again. For an element that embeds
data, that second pass is slow (megabytes of event columns) and unsafe: text
such as ``{{ ... }}`` inside the data would be evaluated. Elements that carry
data render through :class:`RawScriptMixin` instead.
"""

from __future__ import annotations

from branca.element import CssLink, Element, Figure, JavascriptLink


class RawText(Element):
    """Text placed in the page as is (never compiled as a template)."""

    def __init__(self, text: str):
        super().__init__()
        self._name = "RawText"
        self._text = text

    def render(self, **kwargs) -> str:
        return self._text


class RawScriptMixin:
    """For JSCSSMixin + MacroElement subclasses: add links and the script macro's output verbatim."""

    def render(self, **kwargs):
        figure = self.get_root()
        assert isinstance(figure, Figure), "You cannot render this Element if it is not in a Figure."
        for name, url in self.default_js:
            figure.header.add_child(JavascriptLink(url), name=name)
        for name, url in self.default_css:
            figure.header.add_child(CssLink(url), name=name)
        figure.script.add_child(RawText(self._template.module.script(self, kwargs)), name=self.get_name())
        for child in self._children.values():
            child.render(**kwargs)

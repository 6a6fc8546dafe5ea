"""Output sizes: screen slides in pixels, paper in millimetres or inches (landscape)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Size:
    id: str
    title: str
    width_px: int
    height_px: int
    base_px: float
    """Body text size: headings and labels scale from it, so text stays readable at every size."""
    pdf_width: str
    pdf_height: str

    @property
    def css_page(self) -> str:
        return f"{self.pdf_width} {self.pdf_height}"


#: CSS pixels are 1/96 inch, so A4 landscape (297 × 210 mm) is 1122.5 × 793.7 px; the layout
#: is drawn a fraction smaller than the paper so rounding never spills onto a second page.
SIZES: dict[str, Size] = {
    "slide": Size("slide", "Slide 1920×1080", 1920, 1080, 19, "1920px", "1080px"),
    "720p": Size("720p", "Slide 1280×720", 1280, 720, 13, "1280px", "720px"),
    "a4": Size("a4", "A4 landscape", 1122, 793, 12.5, "297mm", "210mm"),
    "letter": Size("letter", "Letter landscape", 1056, 815, 12.5, "11in", "8.5in"),
}
DEFAULT_SIZE = "slide"

"""A page of the packet, read-only and scrollable, with the selected evidence selected (highlighted) in place.

The reviewer may select other text (shift+arrows or the mouse) and attach it as evidence."""
from __future__ import annotations

from textual.widgets import TextArea
from textual.widgets.text_area import Selection

from extractors.types import Packet


class DocumentPane(TextArea):
    def __init__(self, packet: Packet, **kwargs) -> None:
        super().__init__("", read_only=True, soft_wrap=True, show_line_numbers=False, **kwargs)
        self.packet = packet
        self.pages = [(doc.name, page.number) for doc in packet.documents for page in doc.pages]
        self.document_name: str | None = None
        self.page_number: int | None = None

    def page_text(self, document: str, page: int) -> str:
        for doc in self.packet.documents:
            if doc.name == document:
                return doc.pages[page - 1].text
        return ""

    def show_page(self, document: str, page: int, start: int | None = None, end: int | None = None) -> None:
        if (document, page) != (self.document_name, self.page_number):
            self.load_text(self.page_text(document, page))
            self.document_name, self.page_number = document, page
            self.border_title = f"{document} p{page}/{sum(1 for d, _ in self.pages if d == document)}"
        if start is not None and end is not None:
            locate = self.document.get_location_from_index
            self.selection = Selection(locate(start), locate(end))
            self.scroll_cursor_visible(center=True, animate=False)
        else:
            self.selection = Selection.cursor((0, 0))
            self.scroll_home(animate=False)

    def step_page(self, step: int) -> None:
        if not self.pages:
            return
        here = (self.document_name, self.page_number)
        index = self.pages.index(here) if here in self.pages else -1
        document, page = self.pages[(index + step) % len(self.pages)]
        self.show_page(document, page)

    @property
    def selected_span(self) -> tuple[int, int] | None:
        """The reviewer's selection as offsets into the page text, or None."""
        start, end = sorted((self.selection.start, self.selection.end))
        if start == end:
            return None
        index = self.document.get_index_from_location
        return index(start), index(end)

"""Hjælp → Brugervejledning (F1): the user guide in the program's language (docs/brugervejledning.md, or
docs/user-guide.md in English) with its pictures, shown inside the program from the files that ship with it
(installer.spec puts them in the bundle)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QTextDocument, QTextImageFormat
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QListWidget, QTextBrowser, QVBoxLayout

from app import i18n
from app.resources import user_guide_path

MAX_PICTURE_WIDTH = 680  # screenshots are shown at most this wide (px), keeping their proportions


def _tr(text: str) -> str:
    return QCoreApplication.translate("UserGuide", text)


class UserGuideWindow(QDialog):
    """The guide with its chapters on the left; it stays open beside the main window (not modal)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(_tr("User guide – Klassekonference"))
        self.resize(1060, 720)
        self.chapters = QListWidget()
        self.chapters.setAccessibleName(_tr("Chapters"))
        self.chapters.setMaximumWidth(250)
        self.chapters.setWordWrap(True)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(_tr("User guide"))
        self.browser.setOpenExternalLinks(True)
        path = user_guide_path(i18n.language())
        self.browser.setSearchPaths([str(path.parent)])
        self.found = path.is_file()
        if self.found:
            document = self.browser.document()
            document.setBaseUrl(QUrl.fromLocalFile(str(path.parent) + "/"))
            document.setMarkdown(path.read_text(encoding="utf-8"), QTextDocument.MarkdownFeature.MarkdownDialectGitHub)
            self._fit_pictures()
            self._list_chapters()
        else:
            self.browser.setHtml("<p>" + _tr("The user guide was not found next to the program ({path}). "
                                             "Reinstall the program, or read the guide on the school's "
                                             "intranet.").format(path=path) + "</p>")
        self.chapters.currentRowChanged.connect(self.show_chapter)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        row = QHBoxLayout()
        row.addWidget(self.chapters)
        row.addWidget(self.browser, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)

    def pictures(self) -> list[tuple[str, int]]:
        """(name, shown width) of every picture in the guide, as the document has them."""
        found = []
        block = self.browser.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                if fragment.isValid() and fragment.charFormat().isImageFormat():
                    image = fragment.charFormat().toImageFormat()
                    found.append((image.name(), int(image.width())))
                it += 1
            block = block.next()
        return found

    def _fit_pictures(self) -> None:
        document = self.browser.document()
        cursor_block = document.begin()
        from PySide6.QtGui import QTextCursor

        while cursor_block.isValid():
            it = cursor_block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                if fragment.isValid() and fragment.charFormat().isImageFormat():
                    image = fragment.charFormat().toImageFormat()
                    picture = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(image.name()))
                    if picture is not None and hasattr(picture, "width") and picture.width() > 0:
                        scaled = QTextImageFormat(image)
                        width = min(picture.width(), MAX_PICTURE_WIDTH)
                        scaled.setWidth(width)
                        scaled.setHeight(picture.height() * width / picture.width())
                        cursor = QTextCursor(document)
                        cursor.setPosition(fragment.position())
                        cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                        cursor.setCharFormat(scaled)
                it += 1
            cursor_block = cursor_block.next()

    def _list_chapters(self) -> None:
        self._chapter_blocks = []
        block = self.browser.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() == 2:
                self.chapters.addItem(block.text())
                self._chapter_blocks.append(block)
            block = block.next()

    def show_chapter(self, row: int) -> None:
        if 0 <= row < len(getattr(self, "_chapter_blocks", [])):
            block = self._chapter_blocks[row]
            top = self.browser.document().documentLayout().blockBoundingRect(block).top()
            self.browser.verticalScrollBar().setValue(int(top))


def show_user_guide(window) -> UserGuideWindow:
    """Open the guide (or bring it to the front if it is open already)."""
    guide = getattr(window, "_user_guide", None)
    if guide is None:
        guide = UserGuideWindow(window)
        window._user_guide = guide
    guide.show()
    guide.raise_()
    guide.activateWindow()
    return guide

"""The main window on the demo file: what a teacher sees after opening it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.domain.school import Pupil
from app.storage.database import open_database
from app.ui.main_window import MainWindow
from tests.conftest import DEMO_TODAY


def _names_in(view) -> list[str]:
    model = view.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_demo_file_shows_classes_and_pupils(qtbot, demo_file):
    window = MainWindow(today=DEMO_TODAY)
    qtbot.addWidget(window)
    window.show()
    assert window.welcome.isVisible()
    assert window.open_path(demo_file)
    assert window.overview.isVisible()
    assert window.windowTitle() == f"Engbakkeskolen – {demo_file.name} – Klassekonference"
    assert window.overview.year_box.currentText() == "2026/2027"
    classes = _names_in(window.overview.class_list)
    assert any(text.startswith("5.B") for text in classes)
    row = next(i for i, text in enumerate(classes) if text.startswith("5.B"))
    window.overview.class_list.setCurrentIndex(window.overview.class_model.index(row))
    shown = _names_in(window.overview.pupil_table)
    store = open_database(demo_file)
    stored = store.query(
        "SELECT p.given_name || ' ' || p.family_name AS name FROM pupil p JOIN class_membership m ON m.pupil_id = p.id"
        " JOIN school_class c ON c.id = m.class_id WHERE c.grade = 5 AND c.letter = 'B' AND c.school_year = 2026"
    )
    store.close()
    assert sorted(shown) == sorted(r["name"] for r in stored)
    assert len(shown) >= 20
    assert "Klasse 5.B" in window.overview.class_title.text()
    assert window.overview.pupil_model.headerData(0, Qt.Orientation.Horizontal) == "Navn"
    window.close()


def test_previous_school_year_shows_last_years_classes(qtbot, demo_file):
    window = MainWindow(today=DEMO_TODAY)
    qtbot.addWidget(window)
    window.open_path(demo_file)
    box = window.overview.year_box
    box.setCurrentIndex(box.findData(2025))
    classes = _names_in(window.overview.class_list)
    assert any(text.startswith("4.B") for text in classes)


def test_a_damaged_file_gets_a_message_and_the_welcome_page_stays(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append((title, text)))
    broken = tmp_path / "broken.klassekonference"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    window = MainWindow(today=DEMO_TODAY)
    qtbot.addWidget(window)
    window.show()
    assert not window.open_path(broken)
    assert shown and shown[0][0] == "Filen kunne ikke åbnes"
    assert "broken.klassekonference" in shown[0][1]
    assert window.welcome.isVisible()


def test_models_pass_qt_model_tester(qtmodeltester, demo_file):
    from app.services import school
    from app.ui.models import ClassListModel, PupilTableModel

    store = open_database(demo_file)
    classes = school.classes_of_year(store, 2026)
    class_model = ClassListModel()
    class_model.set_classes(classes, school.class_sizes(store, classes))
    qtmodeltester.check(class_model)
    pupil_model = PupilTableModel()
    pupil_model.set_pupils(school.pupils_of_class(store, classes[0]))
    qtmodeltester.check(pupil_model)
    store.close()
    assert isinstance(pupil_model.index(0, 0).data(Qt.ItemDataRole.UserRole + 1), Pupil)

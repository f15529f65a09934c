"""The installer recipe (installer.spec) and the files beside it, checked without running PyInstaller.

CI builds the bundle and runs the built program (.ci/run); these only catch a broken recipe early.
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from pathlib import Path

import pytest

from app import __version__

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "build"))
import bundle_filter  # noqa: E402  (build/bundle_filter.py, used by installer.spec)

SPEC = ROOT / "installer.spec"


def _assignments(tree: ast.Module) -> dict[str, ast.AST]:
    return {target.id: node.value for node in tree.body if isinstance(node, ast.Assign)
            for target in node.targets if isinstance(target, ast.Name)}


def test_the_spec_is_python_that_bundles_resources_and_the_console_entry():
    source = SPEC.read_text(encoding="utf-8")
    tree = ast.parse(source, filename=str(SPEC))
    compile(tree, str(SPEC), "exec")
    values = _assignments(tree)
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    name = ast.literal_eval(values["NAME"])
    assert scripts[name] == "app.cli:main"  # the program is called like the console script
    assert "__main__.py" in ast.unparse(values["ENTRY_SCRIPT"])
    assert "from app.cli import main" in (ROOT / "app" / "__main__.py").read_text(encoding="utf-8")
    assert "'resources'" in ast.unparse(values["RESOURCES"])
    assert '(str(RESOURCES), "resources")' in source  # datas: resources/ lands as resources/ (resource_path)
    excluded = ast.literal_eval(values["EXCLUDED_MODULES"])
    assert "PySide6.QtQuick" in excluded and "PySide6.QtWebEngineCore" in excluded
    for needed in ("QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtPdf", "QtPdfWidgets", "QtSvg"):
        assert f"PySide6.{needed}" not in excluded


def test_the_spec_keeps_the_plugins_the_app_needs_and_only_danish_qt_translations():
    values = _assignments(ast.parse(SPEC.read_text(encoding="utf-8")))
    keep = ast.literal_eval(values["KEEP_PLUGINS"])
    assert {"offscreen", "xcb", "windows", "cocoa"} <= keep["platforms"]
    assert "svg" in keep["imageformats"] and "svgicon" in keep["iconengines"]
    assert ast.literal_eval(values["KEEP_QT_TRANSLATIONS"]) == {"qtbase_da.qm"}


@pytest.mark.parametrize("dest, kept", [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
    ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
    ("PySide6\\plugins\\platforms\\qwindows.dll", True),
    ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
    ("PySide6/Qt/lib/libQt6Core.so.6", True),  # not a plugin
    ("resources/icons/klassekonference.svg", True),
])
def test_plugin_filter(dest, kept):
    keep = {"platforms": {"xcb", "offscreen", "windows"}, "imageformats": {"svg"}}
    assert bundle_filter.plugin_kept(dest, keep) is kept


def test_qt_translations_and_library_filters():
    assert bundle_filter.qt_translation_kept("PySide6/Qt/translations/qtbase_da.qm", {"qtbase_da.qm"})
    assert not bundle_filter.qt_translation_kept("PySide6/Qt/translations/qtbase_de.qm", {"qtbase_da.qm"})
    assert bundle_filter.qt_translation_kept("resources/i18n/klassekonference_da.qm", {"qtbase_da.qm"})
    dropped = re.compile(r"Qt6(Qml|Quick)")
    assert not bundle_filter.library_kept("PySide6/Qt/lib/libQt6Quick.so.6", dropped)
    assert bundle_filter.library_kept("PySide6/Qt/lib/libQt6Pdf.so.6", dropped)
    assert bundle_filter.link_target(("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK")) \
        == "PySide6/Qt/lib/libQt6Core.so.6"


def test_libraries_only_dropped_files_needed_are_pruned_and_system_ones_left_out():
    binaries = [
        ("app_ext.so", "/src/app_ext.so", "EXTENSION"),
        ("liba.so.1", "/src/liba.so.1", "BINARY"),
        ("libunused.so.1", "/src/libunused.so.1", "BINARY"),
        ("libcups.so.2", "/src/libcups.so.2", "BINARY"),
        ("libgnutls.so.30", "/src/libgnutls.so.30", "BINARY"),
        ("libpython3.11.so.1.0", "/src/libpython3.11.so.1.0", "BINARY"),
        ("pillow.libs/libxcb-1234.so.1", "/src/libxcb-1234.so.1", "BINARY"),
    ]
    needs = {"/src/app_ext.so": ["liba.so.1", "libcups.so.2", "libxcb-1234.so.1"],
             "/src/libcups.so.2": ["libgnutls.so.30"]}
    system = re.compile(r"^lib(cups|xcb[-\w]*)\.so")
    kept, dropped = bundle_filter.prune_linux_libraries(binaries, lambda n: bool(system.search(n)),
                                                        needed=lambda src: needs.get(src, []))
    assert [entry[0] for entry in kept] == ["app_ext.so", "liba.so.1", "libpython3.11.so.1.0",
                                            "pillow.libs/libxcb-1234.so.1"]  # a wheel's own copy stays
    assert sorted(dropped) == ["libcups.so.2", "libgnutls.so.30", "libunused.so.1"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF files on Linux only")
def test_reading_an_elf_files_direct_dependencies():
    import PySide6

    core = next((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libQt6Gui.so*"))
    needed = bundle_filter.elf_needed(core)
    assert any(name.startswith("libQt6Core") for name in needed)
    assert bundle_filter.elf_needed(SPEC) == []  # not an ELF file


def test_windows_version_resource_matches_the_app_version():
    text = (ROOT / "build" / "windows_version_info.txt").read_text(encoding="utf-8")
    tree = ast.parse(text, mode="eval")
    numbers = tuple(int(part) for part in __version__.split(".")) + (0,)
    tuples = [ast.literal_eval(node.value) for node in ast.walk(tree)
              if isinstance(node, ast.keyword) and node.arg in ("filevers", "prodvers")]
    assert tuples == [numbers, numbers]
    strings = {node.args[0].value: node.args[1].value for node in ast.walk(tree)
               if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "StringStruct"}
    assert strings["FileVersion"] == strings["ProductVersion"] == __version__
    assert strings["OriginalFilename"] == "klassekonference.exe"


def test_desktop_file_and_icons():
    lines = (ROOT / "build" / "klassekonference.desktop").read_text(encoding="utf-8").splitlines()
    entries = dict(line.split("=", 1) for line in lines if "=" in line and not line.startswith("#"))
    assert lines[lines.index("[Desktop Entry]")] == "[Desktop Entry]"
    assert entries["Type"] == "Application" and entries["Name"] == "Klassekonference"
    assert entries["Exec"].split()[0] == "klassekonference" and entries["Icon"] == "klassekonference"
    assert (ROOT / "build" / "klassekonference.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (ROOT / "build" / "klassekonference.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"

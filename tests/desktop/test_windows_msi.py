"""The Windows MSI definition: built with msitools' wixl from a stand-in of the Windows program folder (the real
folder can only be built on Windows), then read back table by table as Windows Installer would."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT / "build"))
import build_msi  # noqa: E402  (build/build_msi.py)

STAND_IN = ["klassekonference.exe", "klassekonference-cli.exe", "_internal/python311.dll",
            "_internal/PySide6/Qt6Core.dll", "_internal/PySide6/opengl32sw.dll",
            "_internal/PySide6/plugins/platforms/qwindows.dll", "_internal/resources/i18n/klassekonference_da.qm",
            "_internal/resources/licenses/LGPL-3.txt", "_internal/docs/images/velkomst.png",
            "_internal/resources/demo/Sofies ærø & co.json"]


@pytest.fixture
def windows_folder(tmp_path):
    folder = tmp_path / "klassekonference"
    for name in STAND_IN:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(name.encode() * 50)
    return folder


def test_the_spec_leaves_out_qt_software_opengl():
    source = (ROOT / "installer.spec").read_text(encoding="utf-8")
    values = {t.id: n.value for n in ast.parse(source).body if isinstance(n, ast.Assign) for t in n.targets
              if isinstance(t, ast.Name)}
    assert ast.literal_eval(values["LEFT_OUT_FILES"]) == {"opengl32sw.dll"} == build_msi.LEFT_OUT
    assert "os.path.basename(dest).lower() in LEFT_OUT_FILES" in source


def test_the_wxs_has_every_file_once_but_opengl32sw_and_stable_component_ids(windows_folder):
    first = build_msi.wxs_text(windows_folder, __version__)
    assert first == build_msi.wxs_text(windows_folder, __version__)  # same GUIDs on every build
    assert "opengl32sw" not in first
    from xml.sax.saxutils import quoteattr

    for name in STAND_IN:
        if "opengl32sw" not in name:
            assert first.count(f"Name={quoteattr(Path(name).name)}") == 1, name
    assert 'InstallScope="perMachine"' in first and "<MajorUpgrade" in first
    assert 'Directory="ProgramMenuFolder"' in first and 'Extension Id="klassekonference"' in first
    assert "@VERSION@" not in first and "@FILES@" not in first and f'Version="{__version__}"' in first


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("wixl") is None, reason="msitools' wixl is not installed (apt install wixl)")
def test_wixl_builds_a_per_machine_msi_with_start_menu_entry_and_file_association(windows_folder, tmp_path):
    out = build_msi.build(windows_folder, tmp_path / "Klassekonference.msi")

    def table(name: str) -> list[list[str]]:
        text = subprocess.run(["msiinfo", "export", str(out), name], capture_output=True, text=True,
                              check=True).stdout
        return [line.split("\t") for line in text.splitlines()[3:] if line]

    properties = {row[0]: row[1] for row in table("Property")}
    assert properties["ALLUSERS"] == "1"  # per machine: Program Files, the Start menu of all users
    assert properties["ProductVersion"] == __version__ and properties["ProductName"] == "Klassekonference"
    assert properties["UpgradeCode"].strip("{}").lower() == "ed33427d-6aa1-415b-8d3f-acaa5379ba57"
    files = {row[2].split("|")[-1] for row in table("File")}
    assert "klassekonference.exe" in files and "opengl32sw.dll" not in files
    assert len(files) == len(STAND_IN) - 1
    shortcuts = table("Shortcut")
    assert [(row[1], row[2]) for row in shortcuts] == [("ProgramMenuFolder", "Klassekonference")]
    registry = {(row[2], row[3]): row[4] for row in table("Registry")}
    assert registry[(".klassekonference", "")] == "Klassekonference.Fil"
    assert registry[("Klassekonference.Fil\\shell\\open\\command", "")] == '"[#MainExe]" "%1"'
    upgrades = table("Upgrade")
    assert {row[-1] for row in upgrades} == {"WIX_UPGRADE_DETECTED", "WIX_DOWNGRADE_DETECTED"}
    directories = {row[0]: row[2] for row in table("Directory")}
    assert directories["INSTALLDIR"] == "Klassekonference" and directories["INSTALLDIR"]
    assert "ProgramFiles64Folder" in directories
    summary = subprocess.run(["msiinfo", "suminfo", str(out)], capture_output=True, text=True).stdout
    assert "Template: x64;" in summary

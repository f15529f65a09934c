"""Wrap the Windows program folder (PyInstaller's build\\dist\\klassekonference) in an MSI for school IT.

    python build/build_msi.py               # build/dist/klassekonference -> build/dist/Klassekonference-<v>-x64.msi
    python build/build_msi.py --source DIR --out X.msi
    python build/build_msi.py --wxs-only    # only build/work/msi/klassekonference.wxs (for WiX 3 on Windows)

The MSI is built by msitools' ``wixl`` (Debian/Ubuntu: ``apt install wixl``), which runs on Linux: an MSI is
only a database with the files inside, so the Windows folder can be packed on any machine. The .wxs is WiX 3
schema, so WiX Toolset 3.14's ``candle`` and ``light`` build it on Windows too (docs/windows-installer.md).
What goes in: every file of the folder except those in LEFT_OUT (opengl32sw.dll: Qt's software OpenGL, 20 MB,
which the app never uses; the program draws with QPainter and the system's own OpenGL when there is one).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import uuid
from pathlib import Path
from xml.sax.saxutils import quoteattr

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = ROOT / "build" / "windows" / "klassekonference.wxs.in"
ICON = ROOT / "build" / "klassekonference.ico"
WORK = ROOT / "build" / "work" / "msi"
MAIN_EXE = "klassekonference.exe"
LEFT_OUT = {"opengl32sw.dll"}  # compared in lower case, wherever the file is in the folder
COMPONENT_NAMESPACE = uuid.UUID("3c5b7f4e-1f0e-4b0a-9a53-6f1d2a8c7e10")  # stable component GUIDs per file path
FILE_SUFFIX = ".klassekonference"


def _version() -> str:
    sys.path.insert(0, str(ROOT))
    from app import __version__

    return __version__


def _id(prefix: str, relative: str) -> str:
    return prefix + hashlib.sha1(relative.encode("utf-8")).hexdigest()[:20]


def included_files(source: Path) -> list[Path]:
    """The files that go into the MSI, relative to ``source``, sorted."""
    return sorted(p.relative_to(source) for p in source.rglob("*")
                  if p.is_file() and p.name.casefold() not in LEFT_OUT)


def _main_component(source: Path, version: str) -> str:
    exe = quoteattr(MAIN_EXE)
    guid = uuid.uuid5(COMPONENT_NAMESPACE, MAIN_EXE)
    return f"""<Component Id="MainExecutable" Guid="{guid}" Win64="yes">
  <File Id="MainExe" Name="{MAIN_EXE}" Source={exe} KeyPath="yes">
    <Shortcut Id="StartMenuShortcut" Directory="ProgramMenuFolder" Name="Klassekonference"
              Description="Forbered og afhold klassekonferencer" WorkingDirectory="INSTALLDIR" Icon="AppIcon.ico"/>
  </File>
  <RegistryValue Root="HKCR" Key="Klassekonference.Fil\\DefaultIcon" Type="string"
                 Value="[INSTALLDIR]{MAIN_EXE},0"/>
  <ProgId Id="Klassekonference.Fil" Description="Klassekonference-fil">
    <Extension Id="{FILE_SUFFIX[1:]}" ContentType="application/x-klassekonference">
      <Verb Id="open" Command="Åbn" TargetFile="MainExe" Argument="&quot;%1&quot;"/>
    </Extension>
  </ProgId>
</Component>"""


def wxs_text(source: Path, version: str, icon: Path = ICON) -> str:
    """The complete .wxs for the folder ``source``."""
    files = included_files(source)
    if Path(MAIN_EXE) not in files:
        raise SystemExit(f"{source} has no {MAIN_EXE}: build the Windows folder first "
                         "(python build/build_installer.py, on Windows)")
    tree: dict[Path, list[Path]] = {}
    for relative in files:
        tree.setdefault(relative.parent, []).append(relative)
    folders = {parent for relative in files for parent in relative.parents if parent != Path(".")}
    component_ids = ["MainExecutable"]

    def directory(folder: Path) -> list[str]:
        lines = []
        for relative in tree.get(folder, []):
            if relative == Path(MAIN_EXE):
                lines += _main_component(source, version).splitlines()
                continue
            key = relative.as_posix()
            component = _id("c", key)
            component_ids.append(component)
            guid = uuid.uuid5(COMPONENT_NAMESPACE, key.casefold())
            lines.append(f'<Component Id="{component}" Guid="{guid}" Win64="yes">')
            lines.append(f'  <File Id="{_id("f", key)}" Name={quoteattr(relative.name)} '
                         f'Source={quoteattr(relative.as_posix())} KeyPath="yes"/>')
            lines.append("</Component>")
        for child in sorted(f for f in folders if f.parent == folder):
            lines.append(f'<Directory Id="{_id("d", child.as_posix())}" Name={quoteattr(child.name)}>')
            lines += ["  " + line for line in directory(child)]
            lines.append("</Directory>")
        return lines

    body = "\n".join("          " + line for line in directory(Path(".")))
    refs = "\n".join(f'      <ComponentRef Id="{c}"/>' for c in component_ids)
    text = TEMPLATE.read_text(encoding="utf-8")
    return (text.replace("@FILES@", body).replace("@COMPONENT_REFS@", refs).replace("@VERSION@", version)
            .replace("@ICON@", os.path.relpath(icon, source)))  # wixl: relative to the folder it runs in


def build(source: Path, out: Path, *, wxs_only: bool = False) -> Path:
    version = _version()
    WORK.mkdir(parents=True, exist_ok=True)
    wxs = WORK / "klassekonference.wxs"
    wxs.write_text(wxs_text(source, version), encoding="utf-8")
    if wxs_only:
        return wxs
    wixl = shutil.which("wixl")
    if wixl is None:
        raise SystemExit("wixl was not found (Debian/Ubuntu: sudo apt install wixl; on Windows use WiX 3.14, "
                         "see docs/windows-installer.md)")
    out.parent.mkdir(parents=True, exist_ok=True)
    # wixl reads the files relative to the folder it runs in (it takes no absolute source paths)
    subprocess.run([wixl, "--arch", "x64", "-o", str(out.resolve()), str(wxs.resolve())], check=True, cwd=source)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Pack the Windows program folder into an MSI.")
    parser.add_argument("--source", type=Path, default=ROOT / "build" / "dist" / "klassekonference")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--wxs-only", action="store_true")
    args = parser.parse_args(argv)
    out = args.out or ROOT / "build" / "dist" / f"Klassekonference-{_version()}-x64.msi"
    result = build(args.source, out, wxs_only=args.wxs_only)
    print(f"msi: {result} ({result.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Build the one-folder program with PyInstaller (installer.spec) and print its size.

    python build/build_installer.py              # build into build/dist/klassekonference/
    python build/build_installer.py --icons      # first redraw build/klassekonference.png and .ico from the SVG
    python build/build_installer.py --max-mb 130  # fail when the folder is larger (default: 130 on Linux)

Run it on the operating system you build for (PyInstaller cannot cross-build): on Windows the result is
build/dist/klassekonference/klassekonference.exe (+ klassekonference-cli.exe for the command line), on macOS
build/dist/Klassekonference.app, on Linux build/dist/klassekonference/klassekonference (with the .desktop
file and icon beside it). PyInstaller's work folder is build/work. Both are ignored by git.

Needs the ``build`` extra: ``pip install -e ".[build]"``. Prints ``name value unit`` lines at the end:
``bundle_size``, ``bundle_files`` and ``build_time``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
WORK = BUILD / "work"
DIST = BUILD / "dist"
SPEC = ROOT / "installer.spec"
NAME = "klassekonference"
SVG = ROOT / "resources" / "icons" / "klassekonference.svg"
ICON_PNG = BUILD / "klassekonference.png"
ICON_ICO = BUILD / "klassekonference.ico"
DESKTOP_FILE = BUILD / "klassekonference.desktop"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
LINUX_LIMIT_MB = 130.0


def draw_icons(png: Path = ICON_PNG, ico: Path = ICON_ICO, size: int = 256) -> tuple[Path, Path | None]:
    """Render the SVG with Qt to a PNG; with Pillow (when installed) also a Windows .ico of several sizes."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from app.ui.pyside_fix import guard_none_refcount

    guard_none_refcount()
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(str(png), "PNG"):
        raise SystemExit(f"cannot write {png}")
    try:
        from PIL import Image
    except ImportError:
        print("Pillow is not installed: no .ico made", file=sys.stderr)
        return png, None
    with Image.open(png) as picture:
        picture.save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES])
    return png, ico


def folder_size(folder: Path) -> tuple[int, int]:
    """Bytes and number of files under ``folder`` (symbolic links not followed)."""
    total = files = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
            files += 1
    return total, files


def run_pyinstaller(clean: bool) -> None:
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
               "--workpath", str(WORK), "--distpath", str(DIST)]
    if clean:
        command.append("--clean")
    command.append(str(SPEC))
    print("+ " + " ".join(command), flush=True)
    subprocess.run(command, check=True, cwd=ROOT)


def result_folder() -> Path:
    if sys.platform == "darwin":
        return DIST / "Klassekonference.app"
    return DIST / NAME


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build Klassekonference with PyInstaller (installer.spec).")
    parser.add_argument("--icons", action="store_true", help="redraw the PNG and ICO icons from the SVG first")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache and work folder first")
    parser.add_argument("--max-mb", type=float, default=LINUX_LIMIT_MB if sys.platform.startswith("linux") else 0,
                        help="fail when the result is larger than this many MB (0: no limit)")
    args = parser.parse_args(argv)

    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print('PyInstaller is missing: pip install -e ".[build]"', file=sys.stderr)
        return 2
    if args.icons or not ICON_PNG.exists():
        for made in draw_icons():
            if made is not None:
                print(f"drew {made.relative_to(ROOT)}")

    started = time.perf_counter()
    run_pyinstaller(args.clean)
    elapsed = time.perf_counter() - started

    folder = result_folder()
    if sys.platform.startswith("linux"):
        # For a desktop menu entry: copy both to ~/.local/share/applications and ~/.local/share/icons.
        shutil.copy2(DESKTOP_FILE, folder / DESKTOP_FILE.name)
        shutil.copy2(ICON_PNG, folder / ICON_PNG.name)
    size, files = folder_size(folder)
    megabytes = size / 1_000_000
    print(f"Built {folder}")
    print(f"bundle_size {megabytes:.1f} MB")
    print(f"bundle_files {files} files")
    print(f"build_time {elapsed:.0f} s")
    if args.max_mb and megabytes > args.max_mb:
        print(f"The folder is {megabytes:.1f} MB, over the limit of {args.max_mb:.0f} MB: see KEEP_PLUGINS and "
              "EXCLUDED_MODULES in installer.spec.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Helpers for installer.spec: which collected files stay in the bundle. No PyInstaller import here.

installer.spec holds the lists (plugins kept, Qt libraries dropped, libraries left to the system); this module
holds the mechanics, so that they can be tested without running PyInstaller (tests/test_installer.py).
TOC entries are PyInstaller's ``(dest_name, src_name, typecode)`` tuples.
"""

from __future__ import annotations

import re
import struct
from pathlib import Path

_SHT_DYNAMIC = 6
_DT_NEEDED = 1


def normalized(dest: str) -> str:
    return dest.replace("\\", "/")


def plugin_name_kept(folder: str, file_name: str, keep: dict[str, set[str]]) -> bool:
    """``libqxcb.so`` in ``platforms`` -> "xcb"; ``qwindows.dll`` -> "windows": kept if ``keep[folder]`` names it."""
    stem = file_name.split(".")[0]
    for prefix in ("lib", "q"):
        if stem.startswith(prefix):
            stem = stem[len(prefix):]
    return stem in keep.get(folder, set())


def plugin_kept(dest: str, keep: dict[str, set[str]]) -> bool:
    """PySide6/Qt/plugins/<folder>/<file> (Windows: PySide6/plugins/...): kept when ``keep`` names it."""
    parts = normalized(dest).split("/")
    if parts[0] != "PySide6" or "plugins" not in parts:
        return True
    index = parts.index("plugins")
    if len(parts) != index + 3:  # not a plugin file in a plugin folder
        return True
    return plugin_name_kept(parts[index + 1], parts[-1], keep)


def library_kept(dest: str, dropped: re.Pattern) -> bool:
    return not dropped.search(normalized(dest).rsplit("/", 1)[-1])


def qt_translation_kept(dest: str, keep: set[str]) -> bool:
    parts = normalized(dest).split("/")
    if parts[0] == "PySide6" and "translations" in parts:
        return parts[-1] in keep
    return True


def not_qml(dest: str) -> bool:
    parts = normalized(dest).split("/")
    return not (parts[0] == "PySide6" and "qml" in parts[:3])


def elf_needed(path: str | Path) -> list[str]:
    """The DT_NEEDED names of an ELF shared object or program (its direct link-time dependencies); [] if not ELF."""
    data = Path(path).read_bytes()
    if data[:4] != b"\x7fELF":
        return []
    wide, endian = data[4] == 2, "<" if data[5] == 1 else ">"
    if wide:
        shoff, = struct.unpack_from(endian + "Q", data, 0x28)
        shentsize, shnum = struct.unpack_from(endian + "HH", data, 0x3A)
        section = endian + "IIQQQQIIQQ"
        dynamic_entry = endian + "qQ"
    else:
        shoff, = struct.unpack_from(endian + "I", data, 0x20)
        shentsize, shnum = struct.unpack_from(endian + "HH", data, 0x2E)
        section = endian + "IIIIIIIIII"
        dynamic_entry = endian + "iI"
    sections = [struct.unpack_from(section, data, shoff + i * shentsize) for i in range(shnum)]
    needed: list[str] = []
    entry_size = struct.calcsize(dynamic_entry)
    for _name, kind, _flags, _addr, offset, size, link, _info, _align, _entsize in sections:
        if kind != _SHT_DYNAMIC:
            continue
        strings_offset = sections[link][4]
        for position in range(offset, offset + size, entry_size):
            tag, value = struct.unpack_from(dynamic_entry, data, position)
            if tag == 0:
                break
            if tag == _DT_NEEDED:
                start = strings_offset + value
                needed.append(data[start:data.index(b"\0", start)].decode())
    return needed


def is_plain_library(dest: str) -> bool:
    """A shared library collected only as a dependency: at the top of the bundle, in Qt's own lib folder, or in a
    wheel's folder of vendored libraries (``pillow.libs``)."""
    parts = normalized(dest).split("/")
    name = parts[-1]
    looks_like_library = name.startswith("lib") and ".so" in name
    in_library_folder = len(parts) == 1 or parts[:3] == ["PySide6", "Qt", "lib"] or (
        len(parts) == 2 and parts[0].endswith(".libs"))
    return looks_like_library and in_library_folder


def prune_linux_libraries(binaries: list[tuple], from_system, needed=None) -> tuple[list, list]:
    """Leave the libraries for which ``from_system(name)`` is true to the target system, and drop every plain
    library that no kept file needs any more (e.g. what only GTK or Wayland plugins linked against).

    ``needed(src)`` lists a file's direct dependencies (default: :func:`elf_needed`).
    Returns (kept binaries, names dropped)."""
    needed = needed or elf_needed
    by_name = {normalized(entry[0]).rsplit("/", 1)[-1]: entry for entry in binaries}
    # The program loads libpython itself (not through DT_NEEDED): always a root.
    roots = [entry for entry in binaries
             if not is_plain_library(entry[0]) or normalized(entry[0]).startswith("libpython")]
    wanted: set[str] = set()
    queue = [entry[1] for entry in roots]
    while queue:
        for name in needed(queue.pop()):
            if name in wanted or name not in by_name:
                continue
            vendored = normalized(by_name[name][0]).split("/")[0].endswith(".libs")  # pillow.libs/libxcb-9065bb12..
            if from_system(name) and not vendored:
                continue
            wanted.add(name)
            queue.append(by_name[name][1])
    kept, dropped = [], []
    for entry in binaries:
        name = normalized(entry[0]).rsplit("/", 1)[-1]
        if is_plain_library(entry[0]) and name not in wanted and not name.startswith("libpython"):
            dropped.append(name)
        else:
            kept.append(entry)
    return kept, dropped


def libraries_expected_from_system(package_folders: list[Path]) -> set[str]:
    """Names of the libraries that the ELF files inside these installed packages (the PySide6 and shiboken6
    wheels) link against but do not ship themselves: X11/xcb, fontconfig, GLib, D-Bus, CUPS, libstdc++ ...
    pip installs the wheels without them, so running from source already takes them from the system."""
    shipped: set[str] = set()
    files: list[Path] = []
    for folder in package_folders:
        for path in folder.rglob("*"):
            if path.is_file() and ".so" in path.name:
                shipped.add(path.name)
                files.append(path)
    expected: set[str] = set()
    for path in files:
        expected.update(name for name in elf_needed(path) if name not in shipped)
    return expected


def link_target(entry: tuple) -> str:
    """Where a SYMLINK entry ``(dest, target relative to dest's folder, "SYMLINK")`` points, inside the bundle."""
    dest, target = normalized(entry[0]), normalized(entry[1])
    parts = dest.split("/")[:-1]
    for part in target.split("/"):
        if part == "..":
            parts = parts[:-1]
        elif part not in ("", "."):
            parts.append(part)
    return "/".join(parts)

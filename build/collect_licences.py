"""Copy the licence texts of everything the program ships into resources/licenses/, with an index.

    python build/collect_licences.py           # rewrite resources/licenses/ from the installed packages
    python build/collect_licences.py --check   # exit 1 if a runtime dependency has no licence text there

The program's "About" dialog (app/ui/licences.py) lists resources/licenses/components.json and shows the
texts; the installer ships the folder with the rest of resources/. Run this after changing a dependency.
Texts that are not in a Python package (Qt's LGPL-3/GPL-3, SQLCipher, OpenSSL inside the sqlcipher3 wheel,
Python itself, the DejaVu fonts) are listed in EXTRA with where they come from.
"""

from __future__ import annotations

import importlib.metadata as metadata
import json
import re
import shutil
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "resources" / "licenses"
INDEX = TARGET / "components.json"
COMMON = Path("/usr/share/common-licenses")  # Debian's copies of the standard licence texts

# Packages of the program's own dependency tree that the installer leaves out or that only run on another system.
NOT_SHIPPED = {"klassekonference", "pip", "setuptools"}
LICENCE_FILE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE)[^/]*$", re.I)

# Components that are not (only) a Python package: name -> (licence, version, url, [(file name, source)]).
EXTRA = {
    "Qt": ("LGPL-3.0-only", None, "https://www.qt.io/licensing/open-source-lgpl-obligations",
           [("LGPL-3.txt", COMMON / "LGPL-3"), ("GPL-3.txt", COMMON / "GPL-3")]),
    "SQLCipher": ("BSD-3-Clause", None, "https://www.zetetic.net/sqlcipher/license/",
                  [("SQLCipher-LICENSE.txt", ROOT / "build" / "licences" / "SQLCipher-LICENSE.txt")]),
    "SQLite": ("Public domain", None, "https://www.sqlite.org/copyright.html",
               [("SQLite-copyright.txt", ROOT / "build" / "licences" / "SQLite-copyright.txt")]),
    "OpenSSL": ("Apache-2.0", None, "https://www.openssl.org/source/license.html",
                [("Apache-2.0.txt", COMMON / "Apache-2.0")]),
    "Python": ("PSF-2.0", sys.version.split()[0], "https://docs.python.org/3/license.html",
               [("Python-LICENSE.txt", Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt")]),
    "DejaVu fonts": ("Bitstream-Vera", "2.37", "https://dejavu-fonts.github.io/License.html",
                     [("DejaVu-LICENSE.txt", ROOT / "resources" / "fonts" / "LICENSE-DejaVu.txt")]),
}
# Where a package's metadata does not name its licence plainly.
LICENCE_NAMES = {"sqlcipher3": "Zlib", "python-dateutil": "Apache-2.0 AND BSD-3-Clause",
                 "reportlab": "BSD-3-Clause", "sqlite-fts4": "Apache-2.0", "click-default-group": "Public domain"}
# Python packages that are Qt (their licence texts are Qt's, above).
QT_PACKAGES = {"pyside6-essentials", "pyside6-pdf", "shiboken6"}


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_distributions(root: str = "klassekonference") -> list[metadata.Distribution]:
    """The installed distributions the program needs at run time (its dependencies, recursively)."""
    seen: dict[str, metadata.Distribution] = {}
    todo = [root]
    while todo:
        name = todo.pop()
        if _key(name) in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        seen[_key(name)] = dist
        for requirement in dist.requires or []:
            if "extra ==" in requirement:
                continue
            marker = requirement.split(";", 1)[1] if ";" in requirement else ""
            if "sys_platform" in marker or "platform_system" in marker:
                continue  # colorama and friends: only on Windows
            todo.append(re.split(r"[ ;<>=!~\[(]", requirement.strip())[0])
    return [d for k, d in sorted(seen.items()) if k not in NOT_SHIPPED]


def _licence_of(dist: metadata.Distribution) -> str:
    if _key(dist.metadata["Name"]) in LICENCE_NAMES:
        return LICENCE_NAMES[_key(dist.metadata["Name"])]
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    text = (meta.get("License") or "").strip()
    if text and len(text) < 40:
        return text
    return ", ".join(classifiers) or text.splitlines()[0][:60] if (classifiers or text) else "?"


def collect() -> list[dict]:
    """Rewrite the folder from this environment; components listed before that this environment lacks are
    kept (run it in each environment the installer is built from: the CI's .venv may have newer packages)."""
    earlier = json.loads(INDEX.read_text(encoding="utf-8")) if INDEX.exists() else []
    TARGET.mkdir(parents=True, exist_ok=True)
    components = []
    for name, (licence, version, url, files) in EXTRA.items():
        for file_name, source in files:
            shutil.copyfile(source, TARGET / file_name)
        version = version or _linked_versions().get(name)
        components.append({"name": name, "version": version, "licence": licence, "url": url,
                           "files": [f for f, _ in files]})
    for dist in runtime_distributions():
        name = dist.metadata["Name"]
        if _key(name) in QT_PACKAGES:
            files = ["LGPL-3.txt", "GPL-3.txt"]
        else:
            files = []
            for entry in dist.files or []:
                if LICENCE_FILE.search(str(entry)) and "/fonts/" not in str(entry):
                    file_name = f"{_key(name)}-{Path(str(entry)).name}"
                    shutil.copyfile(entry.locate(), TARGET / file_name)
                    files.append(file_name)
        components.append({"name": name, "version": dist.version, "licence": _licence_of(dist),
                           "url": dist.metadata.get("Home-page") or _project_url(dist), "files": files})
    present = {_key(c["name"]) for c in components}
    components += [c for c in earlier if _key(c["name"]) not in present]
    components.sort(key=lambda c: (c["name"] not in EXTRA, c["name"].lower()))
    referenced = {f for c in components for f in c["files"]} | {INDEX.name}
    for item in TARGET.iterdir():
        if item.name not in referenced:
            item.unlink()
    INDEX.write_text(json.dumps(components, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return components


def _linked_versions() -> dict[str, str]:
    """Versions of what is linked into the wheels: Qt in PySide6; SQLCipher, SQLite, OpenSSL in sqlcipher3."""
    import PySide6.QtCore
    import sqlcipher3

    connection = sqlcipher3.connect(":memory:")
    versions = {"Qt": PySide6.QtCore.qVersion(),
                "SQLCipher": connection.execute("PRAGMA cipher_version").fetchone()[0].split()[0],
                "SQLite": connection.execute("SELECT sqlite_version()").fetchone()[0]}
    connection.close()
    binary = Path(sqlcipher3.__file__).parent
    for library in binary.glob("_sqlite3*"):
        found = re.search(rb"OpenSSL (\d+\.\d+\.\d+)", library.read_bytes())
        if found:
            versions["OpenSSL"] = found.group(1).decode()
    return versions


def _project_url(dist: metadata.Distribution) -> str:
    for entry in dist.metadata.get_all("Project-URL") or []:
        label, _, url = entry.partition(",")
        if label.strip().lower() in ("homepage", "home", "source", "repository", "documentation"):
            return url.strip()
    return ""


def check() -> list[str]:
    """Runtime dependencies without a licence text in resources/licenses/ (empty when all is well)."""
    listed = {_key(c["name"]): c for c in json.loads(INDEX.read_text(encoding="utf-8"))}
    problems = []
    for dist in runtime_distributions():
        component = listed.get(_key(dist.metadata["Name"]))
        if component is None or not component["files"]:
            problems.append(f"{dist.metadata['Name']}: no licence text")
        elif not all((TARGET / f).is_file() for f in component["files"]):
            problems.append(f"{dist.metadata['Name']}: a listed licence file is missing")
    return problems


if __name__ == "__main__":
    if "--check" in sys.argv:
        gaps = check()
        print("\n".join(gaps) or "every runtime dependency has its licence text")
        raise SystemExit(1 if gaps else 0)
    for component in collect():
        print(f"{component['name']:22} {component['version'] or '':14} {component['licence']:30} {component['files']}")

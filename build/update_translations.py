"""Collect every translatable string of the app into resources/i18n/klassekonference_da.ts (Qt Linguist).

Finds ``tr("context", "text")``, ``QCoreApplication.translate("context", "text")`` and, in modules that
define ``_tr(text)`` around ``QCoreApplication.translate("Context", text)``, ``_tr("text")``. Existing
translations are kept; new strings are added as unfinished; strings no longer in the code are marked
vanished. Open the .ts file in Qt Linguist (``pyside6-linguist``) to translate.

    python build/update_translations.py          # update the catalogue (and compile the .qm the GUI loads)
    python build/update_translations.py --check  # exit 1 if a string has no Danish translation
    python build/update_translations.py --check --with mine.tsv  # as if mine.tsv were applied
    python build/update_translations.py --apply da.tsv  # fill translations from "context<TAB>source<TAB>text"
                                                        # lines (\\n for a line break), e.g. from a translator
"""

from __future__ import annotations

import ast
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATALOG = ROOT / "resources" / "i18n" / "klassekonference_da.ts"
COMPILED = CATALOG.with_suffix(".qm")  # what the GUI loads; made from the .ts by Qt's lrelease


def lrelease_path() -> Path:
    import PySide6

    folder = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe", "Qt/bin/lrelease", "Qt/libexec/lrelease"):
        if (folder / name).exists():
            return folder / name
    raise FileNotFoundError("lrelease (from PySide6-Essentials) was not found")


def compile_catalog(source: Path = CATALOG, target: Path = COMPILED) -> Path:
    """Qt Linguist's .ts -> the binary .qm that QTranslator loads."""
    import subprocess

    subprocess.run([str(lrelease_path()), "-silent", str(source), "-qm", str(target)], check=True)
    return target
# Module-level tuples of phrases translated through a variable: (module, variable, context).
PHRASE_TABLES = [("app/cli.py", "_ARGPARSE_PHRASES", "argparse")]


def _literal(node) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _helper_context(tree: ast.Module) -> str | None:
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "_tr":
            for call in ast.walk(node):
                if isinstance(call, ast.Call) and getattr(call.func, "attr", None) == "translate" and call.args:
                    return _literal(call.args[0])
    return None


def extract(root: Path = ROOT) -> list[tuple[str, str, str]]:
    """(context, source, "file:line") for every translatable string, in order of appearance."""
    found: list[tuple[str, str, str]] = []
    for path in sorted((root / "app").rglob("*.py")):
        relative = path.relative_to(root).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"))
        helper = _helper_context(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", None)
            args = node.args
            where = f"{relative}:{node.lineno}"
            if name in ("tr", "translate") and len(args) >= 2:
                context, text = _literal(args[0]), _literal(args[1])
                if context is not None and text is not None:
                    found.append((context, text, where))
            elif name == "_tr" and helper and len(args) == 1 and _literal(args[0]) is not None:
                found.append((helper, _literal(args[0]), where))
        for module, variable, context in PHRASE_TABLES:
            if relative == module:
                for node in tree.body:
                    if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == variable for t in node.targets):
                        for element in node.value.elts:
                            found.append((context, element.value, f"{relative}:{element.lineno}"))
    return found


def read_catalog(path: Path = CATALOG) -> dict[tuple[str, str], tuple[str, str | None]]:
    """(context, source) -> (translation, type attribute or None)."""
    if not path.exists():
        return {}
    result = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            translation = message.find("translation")
            result[(name, message.findtext("source", default=""))] = (
                (translation.text or "") if translation is not None else "",
                translation.get("type") if translation is not None else "unfinished",
            )
    return result


def write_catalog(messages: list[tuple[str, str, str]], path: Path = CATALOG) -> tuple[int, int]:
    existing = read_catalog(path)
    contexts: dict[str, dict[str, str]] = {}
    for context, source, _where in messages:
        contexts.setdefault(context, {}).setdefault(source, "")
    root = ET.Element("TS", version="2.1", language="da_DK", sourcelanguage="en")
    new = vanished = 0
    seen = set()
    for context in sorted(contexts):
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = context
        for source in contexts[context]:
            seen.add((context, source))
            message = ET.SubElement(ctx, "message")
            ET.SubElement(message, "source").text = source
            text, kind = existing.get((context, source), ("", "unfinished"))
            translation = ET.SubElement(message, "translation")
            translation.text = text
            if kind in ("unfinished", "vanished", "obsolete") and not text:
                translation.set("type", "unfinished")
                new += (context, source) not in existing
    for (context, source), (text, _kind) in existing.items():
        if (context, source) not in seen and text:
            ctx = next((c for c in root.iter("context") if c.findtext("name") == context), None)
            if ctx is None:
                ctx = ET.SubElement(root, "context")
                ET.SubElement(ctx, "name").text = context
            message = ET.SubElement(ctx, "message")
            ET.SubElement(message, "source").text = source
            translation = ET.SubElement(message, "translation", type="vanished")
            translation.text = text
            vanished += 1
    ET.indent(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return new, vanished


def missing(messages=None, path: Path = CATALOG, extra: dict | None = None) -> list[tuple[str, str, str]]:
    catalog = {**read_catalog(path), **{key: (text, None) for key, text in (extra or {}).items()}}
    result = []
    for context, source, where in messages if messages is not None else extract():
        text, kind = catalog.get((context, source), ("", "unfinished"))
        if not text.strip() or kind in ("unfinished", "vanished", "obsolete"):
            result.append((context, source, where))
    return result


def read_tsv(tsv: Path) -> dict[tuple[str, str], str]:
    wanted = {}
    for line in tsv.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        context, source, text = (part.replace("\\n", "\n") for part in line.split("\t"))
        wanted[(context, source)] = text
    return wanted


def apply_tsv(tsv: Path, path: Path = CATALOG) -> int:
    """Fill translations from a tab-separated file; returns how many messages it filled."""
    wanted = read_tsv(tsv)
    tree = ET.parse(path)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            key = (name, message.findtext("source", default=""))
            if key in wanted:
                translation = message.find("translation")
                translation.text = wanted[key]
                translation.attrib.pop("type", None)
                filled += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return filled


def main(argv: list[str]) -> int:
    if "--apply" in argv:
        print(f"filled {apply_tsv(Path(argv[argv.index('--apply') + 1]))} translations")
        compile_catalog()
        return 0
    if "--check" in argv:
        extra = {}
        for index, word in enumerate(argv):
            if word == "--with":  # count the translations in a TSV file as done (before --apply)
                extra.update(read_tsv(Path(argv[index + 1])))
        gaps = missing(extra=extra)
        for context, source, where in gaps:
            print(f"{where}: [{context}] {source!r} has no Danish translation")
        return 1 if gaps else 0
    new, vanished = write_catalog(extract())
    compile_catalog()
    print(f"{CATALOG.relative_to(ROOT)}: {new} new, {vanished} vanished, {len(missing())} untranslated")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

#!/usr/bin/env python3
"""Writes the i18n bundles into plugin/src/main/resources/i18n with \\uXXXX escapes (ISO-8859-1 safe, as
Confluence's i18n loader expects). Run after editing the UTF-8 sources in this folder."""
import pathlib

here = pathlib.Path(__file__).resolve().parent
target = here.parent / "resources" / "i18n"
target.mkdir(parents=True, exist_ok=True)
for source in sorted(here.glob("*.properties")):
    text = source.read_text(encoding="utf-8")
    escaped = "".join(c if ord(c) < 128 else "\\u%04x" % ord(c) for c in text)
    (target / source.name).write_text(escaped, encoding="ascii")
# planprocess_sv falls back to the Swedish default bundle
(target / "planprocess_sv.properties").write_text("# Swedish: see planprocess.properties\n", encoding="ascii")

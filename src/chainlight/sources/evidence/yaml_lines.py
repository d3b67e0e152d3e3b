"""A YAML loader that remembers where each mapping and each key sits in the file.

Evidence files are written by hand; an analyst fixing one needs the line of the bad field, which PyYAML
drops once it has built plain dicts.  Every mapping built here carries `__line__` (its first line) and
`__lines__` (key -> line), and a key given twice is an error instead of PyYAML's silent overwrite.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from chainlight.errors import InputError
from chainlight.sources.compressed import read_bytes
from chainlight.sources.user.decode import decode_text

LINE = "__line__"
KEY_LINES = "__lines__"


class _LineLoader(yaml.SafeLoader):
    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        key_lines: dict[str, int] = {}
        for key_node, _ in node.value:
            key = str(self.construct_object(key_node, deep=deep))
            if key in key_lines:
                raise InputError(self.name, f"key '{key}' given twice (first on line {key_lines[key]})",
                                 line=key_node.start_mark.line + 1, field=key)
            key_lines[key] = key_node.start_mark.line + 1
        mapping = super().construct_mapping(node, deep=deep)
        mapping[LINE] = node.start_mark.line + 1
        mapping[KEY_LINES] = key_lines
        return mapping


# Dates stay text so that the evidence checks, not PyYAML, judge them (and report "2026-13-01" with its line).
def _date_as_text(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> str:
    return str(loader.construct_scalar(node))


_LineLoader.add_constructor("tag:yaml.org,2002:timestamp", _date_as_text)


def load_with_lines(path: Path) -> Any:
    """Parse one YAML file; syntax errors become InputError with the line PyYAML reports."""
    text = decode_text(path, read_bytes(path))
    loader = _LineLoader(text)
    loader.name = str(path)
    try:
        return loader.get_single_data()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        raise InputError(str(path), f"not valid YAML: {exc.problem or exc}", line=line) from None
    except yaml.YAMLError as exc:
        raise InputError(str(path), f"not valid YAML: {exc}") from None
    finally:
        loader.dispose()


def line_of(mapping: dict[str, Any], key: str | None = None) -> int | None:
    """The line of `key` in a mapping loaded here, else the mapping's own line."""
    if key is not None:
        found = mapping.get(KEY_LINES, {}).get(key)
        if found is not None:
            return int(found)
    line = mapping.get(LINE)
    return int(line) if line is not None else None


def fields_of(mapping: dict[str, Any]) -> list[str]:
    """The keys the author wrote, without the line bookkeeping."""
    return [k for k in mapping if k not in (LINE, KEY_LINES)]

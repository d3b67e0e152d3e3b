"""One regular expression for many words, factored by their common beginnings (러시아|러시아연방 -> 러(?:시아(?:연방)?)).

The classifier's vocabulary and the extractor's place names are both hundreds of words searched at every position
of a text: factored, the regex engine tries a few branches a position instead of every word, and the longest word
starting at a position wins over its beginning (인도네시아 over 인도), as a longest-first alternation would.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any


def trie(words: Iterable[str]) -> dict[str, Any]:
    """The words as nested dicts of characters; the key "" marks where a word ends."""
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = True
    return root


def node_pattern(node: Mapping[str, Any], optional_space: bool) -> str:
    """Regex for a trie node; longer continuations are tried before ending here (greedy).  With `optional_space` a
    space in a word may be absent from the text (Chinese and Korean terms written with or without it)."""
    branches = []
    for char in sorted(k for k in node if k):
        piece = " ?" if (char == " " and optional_space) else re.escape(char)
        branches.append(piece + node_pattern(node[char], optional_space))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return f"(?:{body})?"
    return body


def trie_pattern(words: Iterable[str]) -> str:
    """A regex matching any of the words, the longest one where several start at the same position."""
    body = node_pattern(trie(words), optional_space=False)
    return f"(?:{body})" if body else "(?!)"

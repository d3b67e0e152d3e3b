"""Protected fields (the informant behind a claim) encrypted at rest, readable by admins only.

The key is CHAINLIGHT_PROTECTED_KEY (a Fernet key: `python -c "from cryptography.fernet import Fernet;
print(Fernet.generate_key().decode())"`) or, without it, a key file beside the store made once with mode 0600
(`lists.duckdb.key`).  Keep the key file apart from copies of the store: whoever holds both reads the fields.
A store copied without its key keeps every public field; the protected ones then cannot be read.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from pathlib import Path
from typing import Any

from cryptography.fernet import Fernet, InvalidToken

from chainlight.errors import StoreError

ENV = "CHAINLIGHT_PROTECTED_KEY"
PREFIX = "fernet:"  # sealed values say so; an older store's plain JSON is read as it is


class Sealer:
    def __init__(self, key: bytes) -> None:
        try:
            self._fernet = Fernet(key)
        except ValueError as exc:
            raise StoreError(f"{ENV} is not a Fernet key (32 url-safe base64 bytes): {exc}") from exc
        self._mac_key = hashlib.sha256(b"chainlight-protected-digest|" + key).digest()

    @classmethod
    def for_store(cls, store_path: str) -> Sealer:
        given = os.environ.get(ENV)
        if given:
            return cls(given.strip().encode("ascii"))
        if not store_path or store_path.startswith(":memory:"):
            return cls(_memory_key())
        path = Path(store_path + ".key")
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            return cls(path.read_bytes().strip())
        key = Fernet.generate_key()
        with os.fdopen(fd, "wb") as fh:
            fh.write(key)
        return cls(key)

    def seal(self, fields: str | None) -> str | None:
        return PREFIX + self._fernet.encrypt(fields.encode("utf-8")).decode("ascii") if fields else None

    def open(self, stored: str | None) -> dict[str, Any]:
        if not stored:
            return {}
        if not stored.startswith(PREFIX):
            return dict(json.loads(stored))
        try:
            return dict(json.loads(self._fernet.decrypt(stored[len(PREFIX):].encode("ascii"))))
        except InvalidToken as exc:
            raise StoreError("the protected fields were sealed with another key: set "
                             f"{ENV} to the key this store was made with") from exc

    def digest(self, fields: str | None) -> str:
        """A keyed digest for change detection: unlike a plain hash, it cannot be checked against guesses."""
        return hmac.new(self._mac_key, (fields or "").encode("utf-8"), hashlib.sha256).hexdigest()


_MEMORY_KEY: list[bytes] = []


def _memory_key() -> bytes:
    if not _MEMORY_KEY:
        _MEMORY_KEY.append(Fernet.generate_key())
    return _MEMORY_KEY[0]

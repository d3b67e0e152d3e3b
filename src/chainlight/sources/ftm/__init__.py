"""FollowTheMoney JSON lines (OpenSanctions exports): read parties in, write chainlight entities out."""

from chainlight.sources.base import load_meta
from chainlight.sources.ftm.reader import read

META = load_meta(__file__)

__all__ = ["META", "read"]

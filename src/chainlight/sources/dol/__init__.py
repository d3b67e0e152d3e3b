"""US DOL (ILAB) list of goods produced by child labour or forced labour: good x country pairs."""

from chainlight.sources.base import load_meta
from chainlight.sources.dol.reader import read

META = load_meta(__file__)

__all__ = ["META", "read"]

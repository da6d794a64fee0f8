"""docparse: scanned Vietnamese administrative letters in, typed and checked records out."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("docparse")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"

__all__ = ["__version__"]

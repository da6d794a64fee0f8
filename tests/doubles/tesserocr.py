"""A Tesseract that hangs, for the batch tests: put this folder first on PYTHONPATH and
docparse's workers import it in place of tesserocr. Every read sleeps TESSERACT_SLEEP seconds
(default 60), or until its time-out, and fails. It first leaves a file named after its process
id in TESSERACT_HUNG_DIR, if set, so that a test can find the worker to kill."""

import enum
import os
import time
from pathlib import Path


class PSM(enum.IntEnum):
    AUTO = 3
    SINGLE_BLOCK = 6
    SINGLE_LINE = 7
    SPARSE_TEXT = 11


class OEM(enum.IntEnum):
    LSTM_ONLY = 1


def tesseract_version() -> str:
    """The real one's (TESSERACT_VERSION), so that records it lets through are not redone."""
    return os.environ["TESSERACT_VERSION"]


class PyTessBaseAPI:
    def __init__(self, **settings: object) -> None:
        self.settings = settings

    def SetVariable(self, name: str, value: str) -> bool:
        return True

    def SetPageSegMode(self, mode: int) -> None:
        pass

    def SetImage(self, image: object) -> None:
        pass

    def SetSourceResolution(self, dpi: int) -> None:
        pass

    def Recognize(self, timeout: int = 0) -> bool:
        hung = os.environ.get("TESSERACT_HUNG_DIR")
        if hung:
            (Path(hung) / str(os.getpid())).touch()
        sleep = float(os.environ.get("TESSERACT_SLEEP", "60"))
        time.sleep(min(sleep, timeout / 1000) if timeout else sleep)
        return False

    def GetTSVText(self, page: int) -> str:
        return ""

"""Errors that name what is wrong with one input, so a batch can report it and go on."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    ok = 0
    some_failed = 1  # at least one input could not be parsed
    usage = 2  # the command line was wrong


class DocparseError(Exception):
    """An input docparse cannot turn into a record; the message says why, for that file."""

    code = "error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class EmptyInputError(DocparseError):
    code = "empty_file"


class UnsupportedInputError(DocparseError):
    code = "unsupported_input"


class CorruptInputError(DocparseError):
    code = "corrupt_input"


class EncryptedPdfError(DocparseError):
    code = "encrypted_pdf"


class ImageTooLargeError(DocparseError):
    code = "image_too_large"


class BlankPageError(DocparseError):
    code = "blank_document"


class NotALetterError(DocparseError):
    code = "not_a_letter"


class OcrError(DocparseError):
    code = "ocr_failed"


class OcrTimeoutError(OcrError):
    code = "ocr_timeout"

"""Extraction errors. Each message is a complete Polish sentence safe to show to the user.

ExtractionError (knowledge.errors.GrantbotError)
 ├── UnsupportedFile      wrong type / unknown format / mislabelled extension
 ├── FileTooLarge         over the byte, page or megapixel limit (checked before heavy work)
 ├── EmptyFile            zero bytes or no content at all
 ├── EncryptedFile        password-protected PDF
 ├── CorruptFile          truncated or damaged file, malformed XML
 ├── HostileFile          entity expansion, external entities, decompression bombs
 ├── OcrTimeout           a page took longer than the per-page OCR limit
 ├── UnreadablePhoto      a photo too blurred, dark or small to read reliably: asks for a retake
 └── ParseFailure         the text was read, our analysis of it failed: a program error, not the file's
"""

from knowledge.errors import GrantbotError


class ExtractionError(GrantbotError):
    pass


class UnsupportedFile(ExtractionError):
    pass


class FileTooLarge(ExtractionError):
    pass


class EmptyFile(ExtractionError):
    pass


class EncryptedFile(ExtractionError):
    pass


class CorruptFile(ExtractionError):
    pass


class HostileFile(ExtractionError):
    pass


class OcrTimeout(ExtractionError):
    pass


class UnreadablePhoto(ExtractionError):
    pass


class ParseFailure(ExtractionError):
    pass

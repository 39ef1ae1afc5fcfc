"""Uploads end to end: getFile + download from the fake API, extraction in a child process with
progress edits, the settlement set, /raport with CSV and HTML downloads."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bot.conftest import Telegram
from tests.bot.documents import Corpus, build

USER = 2002


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    return build(tmp_path_factory.mktemp("corpus"))


async def upload(telegram: Telegram, path: Path, mime: str, user: int = USER) -> list:  # type: ignore[type-arg]
    fake = telegram.fake
    start = len(fake.sent)
    await fake.send_document(user, path.read_bytes(), path.name, mime)
    # "Czytam plik…" is sent first, then edited into the result.
    status = await fake.wait_for(lambda s: s.chat_id == user and s.method == "sendmessage", after=start)
    assert "Czytam plik" in (status.text or "")
    final = await fake.wait_for(
        lambda s: (
            s.message_id == status.message_id and s.method == "editmessagetext" and "Czytam" not in (s.text or "")
        ),
        after=start,
        timeout=60,
    )
    return [s for s in fake.sent[start:] if s.chat_id == user or s.message_id == status.message_id] + [final]


async def test_pdf_protocol_and_ksef_then_report_with_downloads(telegram: Telegram, corpus: Corpus, settings) -> None:  # type: ignore[no-untyped-def]
    sent = await upload(telegram, corpus.invoice_pdf, "application/pdf")
    final = sent[-1]
    assert corpus.invoice_number in (final.text or "") and "W zestawie: 1 plik" in (final.text or "")
    final = (await upload(telegram, corpus.protocol_pdf, "application/pdf"))[-1]
    assert "protokół odbioru" in (final.text or "") and "W zestawie: 2 pliki" in (final.text or "")
    final = (await upload(telegram, corpus.ksef_xml, "application/xml"))[-1]
    assert corpus.ksef_number in (final.text or "") and "W zestawie: 3 pliki" in (final.text or "")
    # Uploaded files are gone once read (KEEP_UPLOADS is off).
    assert not [p for p in settings.uploads_dir.rglob("*") if p.is_file()]

    await telegram.say(USER, "/program cs")
    (report,) = await telegram.say(USER, "/raport")
    text = report.text or ""
    assert "Wstępna kontrola rozliczenia" in text and "Cyberbezpieczny Samorząd" in text
    assert [d.split(":")[1] for _, d in report.buttons] == ["csv", "html", "pdf"]
    csv_button = next(d for _, d in report.buttons if d.startswith("rep:csv"))
    html_button = next(d for _, d in report.buttons if d.startswith("rep:html"))
    files = await telegram.press(USER, report, csv_button, n=2)
    document = next(s for s in files if s.method == "senddocument")
    assert document.filename and document.filename.endswith(".csv")
    assert corpus.invoice_number.encode() in (document.document or b"")
    files = await telegram.press(USER, report, html_button, n=2)
    document = next(s for s in files if s.method == "senddocument")
    assert (document.document or b"").lstrip().lower().startswith(b"<!doctype html")
    pdf_button = next(d for _, d in report.buttons if d.startswith("rep:pdf"))
    files = await telegram.press(USER, report, pdf_button, n=2)
    document = next(s for s in files if s.method == "senddocument")
    assert document.filename and document.filename.endswith(".pdf") and (document.document or b"").startswith(b"%PDF")
    # The report keeps the set: a second /raport checks the same documents again.
    (again,) = await telegram.say(USER, "/raport")
    assert "Wstępna kontrola rozliczenia" in (again.text or "")
    # /zestaw lists it; one document is removed by its button; the rest is cleared after confirmation.
    (listing,) = await telegram.say(USER, "/zestaw")
    assert "W zestawie do rozliczenia: 3 pliki" in (listing.text or "")
    remove = next(d for label, d in listing.buttons if d.startswith("doc:del:") and corpus.ksef_xml.name in label)
    (removed,) = await telegram.press(USER, listing, remove)
    assert "Zostało: 2 pliki" in (removed.text or "")
    (confirm,) = await telegram.say(USER, "/wyczysc")
    assert [d for _, d in confirm.buttons] == ["set:clear:yes", "set:clear:no"]
    (cleared,) = await telegram.press(USER, confirm, "set:clear:yes")
    assert "Zestaw jest pusty" in (cleared.text or "")
    (after,) = await telegram.say(USER, "/raport")
    assert "Nie mam jeszcze żadnych dokumentów" in (after.text or "")


async def test_corrupt_file_gets_a_polish_message(telegram: Telegram, corpus: Corpus) -> None:
    final = (await upload(telegram, corpus.corrupt_pdf, "application/pdf"))[-1]
    text = final.text or ""
    assert "Nie udało się odczytać pliku „uszkodzony.pdf”" in text
    assert "Traceback" not in text


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("Kowalski & Syn <2026>.pdf", id="ampersand-and-angle-brackets"),
        pytest.param("<b>zła</b> & faktura.pdf", id="html-tags"),
        pytest.param("R&D <script>.xml", id="script-tag"),
    ],
)
async def test_file_name_with_html_characters_is_escaped(
    telegram: Telegram, corpus: Corpus, tmp_path: Path, name: str
) -> None:
    fake = telegram.fake
    start = len(fake.sent)
    await fake.send_document(USER, corpus.corrupt_pdf.read_bytes(), name, "application/pdf")
    status = await fake.wait_for(lambda s: s.chat_id == USER and s.method == "sendmessage", after=start)
    final = await fake.wait_for(
        lambda s: (
            s.message_id == status.message_id and s.method == "editmessagetext" and "Czytam" not in (s.text or "")
        ),
        after=start,
        timeout=60,
    )
    assert not fake.refused, fake.refused
    assert "&amp;" in (status.text or "") and "&lt;" in (status.text or "")
    assert "Nie udało się odczytać pliku" in (final.text or "") and "&amp;" in (final.text or "")


async def test_same_file_twice_is_skipped(telegram: Telegram, corpus: Corpus) -> None:
    await upload(telegram, corpus.ksef_xml, "application/xml")
    final = (await upload(telegram, corpus.ksef_xml, "application/xml"))[-1]
    assert "jest już w zestawie" in (final.text or "")


async def test_too_big_file_is_refused_without_download(telegram: Telegram) -> None:
    fake = telegram.fake
    start = len(fake.sent)
    await fake.send_document(USER, b"%PDF-1.4 small", "wielki.pdf", "application/pdf", declared_size=25 * 1024 * 1024)
    answer = await fake.wait_for(lambda s: s.chat_id == USER and s.method == "sendmessage", after=start)
    assert "przyjmuję pliki do 20 MB" in (answer.text or "")
    assert not any(m == "getfile" for m, _ in fake.calls)


async def test_unsupported_message_type(telegram: Telegram) -> None:
    fake = telegram.fake
    start = len(fake.sent)
    message = fake._message(
        USER,
        None,
        "private",
        sticker={
            "file_id": "S1",
            "file_unique_id": "1S",
            "type": "regular",
            "width": 1,
            "height": 1,
            "is_animated": False,
            "is_video": False,
        },
    )
    await fake.push({"message": message})
    answer = await fake.wait_for(lambda s: s.chat_id == USER, after=start)
    assert "Tego typu wiadomości nie obsługuję" in (answer.text or "")


@pytest.mark.ocr
async def test_photo_of_an_invoice_is_read_by_ocr(telegram: Telegram, corpus: Corpus) -> None:
    fake = telegram.fake
    start = len(fake.sent)
    await fake.send_photo(USER, corpus.photo_jpg.read_bytes())
    status = await fake.wait_for(lambda s: s.chat_id == USER and s.method == "sendmessage", after=start)
    final = await fake.wait_for(
        lambda s: (
            s.message_id == status.message_id and s.method == "editmessagetext" and "Czytam" not in (s.text or "")
        ),
        after=start,
        timeout=90,
    )
    text = final.text or ""
    # OCR reports each page: the status message was edited to show it.
    assert any(s.method == "editmessagetext" and s.text == "Czytam stronę 1/1…" for s in fake.sent[start:])
    assert "FV/2026/01/002" in text, text
    assert "W zestawie: 1 plik" in text
    getfile = [p for m, p in fake.calls if m == "getfile"]
    assert getfile and getfile[-1]["file_id"] == max(fake.files, key=lambda f: len(fake.files[f][0]))

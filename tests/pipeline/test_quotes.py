"""Quotes and their speakers."""

from __future__ import annotations


def test_speaker_before_the_quote_with_an_apposition(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin(
        "Mariam Noori, a spokeswoman for the Interior Ministry, told reporters, "
        "“The roads to the city will reopen tomorrow morning.”"
    )
    quote = report.quotes[0]
    assert quote.text.startswith("The roads to the city")
    assert report.entity(quote.speaker).name == "Mariam Noori"


def test_speaker_after_the_quote(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin("“We will not negotiate under fire,” said Omar Baig on Sunday.")
    assert report.entity(report.quotes[0].speaker).name == "Omar Baig"


def test_scare_quotes_are_not_quotes(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin("Pakistan won a “firm pledge” from the Afghan Taliban.")
    assert report.quotes == []


def test_unclosed_quote_takes_the_speaker_of_the_next_sentence(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin(
        "“The talks went well. A diplomat who was present, Ali Reza, said the mood was calm."
    )
    quote = report.quotes[0]
    assert quote.text == "The talks went well."
    assert quote.speaker_text is not None

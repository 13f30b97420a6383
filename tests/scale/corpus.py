"""Invented news articles for the scale tests, written for them, in varied wording."""

from __future__ import annotations

from sitrep.ingest.document import SourceDocument

TOWNS = ["Jalalabad", "Kandahar", "Herat", "Mazar-i-Sharif", "Kunduz", "Ghazni", "Khost"]
TEMPLATES = [
    "Gunmen attacked a police checkpoint in {town} on Sunday night, killing {n} officers, "
    "a provincial spokesman said on Monday. No group has claimed the attack.",
    "Hundreds of traders marched through {town} on Saturday to protest against a new tax on "
    "imported fuel, witnesses said. The protest ended peacefully by the afternoon.",
    "Security forces arrested {n} men suspected of planning bombings in {town}, the interior "
    "ministry said on Wednesday, adding that explosives were seized at two houses.",
    "A roadside bomb struck a minibus near {town} on Thursday, killing {n} passengers and "
    "wounding several others, according to hospital officials.",
    "The governor of the province met tribal elders in {town} on Tuesday to discuss the "
    "return of families displaced by floods last month, his office said.",
    "Floods swept through villages outside {town} after two days of heavy rain, and at least "
    "{n} people were missing on Friday, the disaster management agency said.",
]


def invented_documents(count: int) -> list[SourceDocument]:
    """``count`` distinct short articles, each with an id and a publication date."""
    documents = []
    for number in range(count):
        template = TEMPLATES[number % len(TEMPLATES)]
        town = TOWNS[number % len(TOWNS)]
        text = template.format(town=town, n=number % 9 + 2)
        documents.append(
            SourceDocument(
                text=f"{text} Reporting desk {number}.",
                id=f"story-{number:03d}",
                published=f"2024-04-{number % 28 + 1:02d}",
                origin=f"story-{number:03d}",
            )
        )
    return documents

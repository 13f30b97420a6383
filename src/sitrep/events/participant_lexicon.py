"""The participant word list (``participants.yaml``): which head nouns are weapons, targets,
people, noncombatants, attackers, forces or collectives, plus the word lists the participant
and responsibility readers share (place words, group members' nouns, seizure verbs, claim and
blame cues).

Kept apart from the readers so that every module that asks "what kind of noun is this?"
(actor readers, role features, the MUC-4 benchmark) loads the same reviewed list once per
process, without pulling in the phrase and role readers.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from sitrep.annotate.lemmas import irregular_forms

PARTICIPANTS_PATH = Path(__file__).with_name("participants.yaml")
CLASSES = ("weapon", "target", "person", "noncombatant", "perpetrator", "force", "collective")
#: The section of last words that make a name a place ("Junin department"), not a class.
PLACE_WORDS = "place_words"
#: The section of attacker nouns that name an armed group's members ("guerrillas"), not a class.
GROUP_MEMBERS = "group_members"
#: The section of verbs whose weapon objects were taken, not used ("seized a rifle").
SEIZURE_VERBS = "seizure_verbs"
#: The section of words for an organisation's members or parts ("members of X", "X commander"),
#: as written, not singularised; not a class.
MEMBER_NOUNS = "member_nouns"
#: The section of words right before a thing that make it no target ("taken to", "from").
NON_TARGET_OPENERS = "non_target_openers"
CODER_TAG_MARKS = "coder_tag_marks"
CODED_TOTAL_CUES = "coded_total_cues"
#: The section of words that say who is responsible for an attack ("claimed responsibility
#: for", "blamed ... for", "blamed on"), not a class.
RESPONSIBILITY = "responsibility"
RESPONSIBILITY_KEYS = (
    "claim_verbs",
    "claim_nouns",
    "responsible_words",
    "blame_verbs",
    "blame_prepositions",
    "blame_links",
    "attribute_verbs",
    "attribute_on_verbs",
    "culprit_links",
    "described_culprits",
    "described_victims",
    "description_links",
    "member_links",
    "claim_clause_breaks",
    "claim_object_verbs",
    "claim_referents",
    "unnamed_attacker_kinds",
)


@dataclass(frozen=True)
class ParticipantLexicon:
    """Which head nouns (lower case, singular; a few are two or three words) are of which class."""

    classes: Mapping[tuple[str, ...], str]
    place_words: frozenset[str] = frozenset()
    group_members: frozenset[str] = frozenset()
    seizure_verbs: frozenset[str] = frozenset()
    #: claim_verbs, claim_nouns, blame_verbs, blame_links (see participants.yaml)
    responsibility: Mapping[str, frozenset[str]] = field(default_factory=dict)
    member_nouns: frozenset[str] = frozenset()
    #: words that make a bracket a coder's tag ("[size=around 200]", "[women targeted: ...]")
    coder_tag_marks: frozenset[str] = frozenset()
    #: words before the coder's own death toll in a note ("Fatalities coded as 12")
    coded_total_cues: tuple[str, ...] = ()
    #: word sequences right before a thing that make it no target ("taken to", "from")
    non_target_openers: frozenset[tuple[str, ...]] = frozenset()

    @classmethod
    def from_file(cls, path: Path) -> ParticipantLexicon:
        from sitrep.errors import KnowledgeError

        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError) as err:
            raise KnowledgeError(
                f"cannot read the participant word list {str(path)!r} ({err}); fix or restore it",
                source=str(path),
            ) from None
        sections = (
            *CLASSES,
            PLACE_WORDS,
            GROUP_MEMBERS,
            SEIZURE_VERBS,
            MEMBER_NOUNS,
            CODER_TAG_MARKS,
            CODED_TOTAL_CUES,
            RESPONSIBILITY,
            NON_TARGET_OPENERS,
        )
        unknown = set(data) - set(sections)
        if unknown:
            raise KnowledgeError(
                f"the participant word list {str(path)!r} has unknown sections {sorted(unknown)}; "
                f"use only {', '.join(sections)}",
                source=str(path),
            )
        classes: dict[tuple[str, ...], str] = {}
        for name in CLASSES:
            for entry in data.get(name) or []:
                classes[tuple(str(entry).lower().split())] = name
        place_words = frozenset(str(w).lower() for w in data.get(PLACE_WORDS) or [])
        members = frozenset(str(w).lower() for w in data.get(GROUP_MEMBERS) or [])
        cues = data.get(RESPONSIBILITY) or {}
        if not isinstance(cues, dict) or set(cues) - set(RESPONSIBILITY_KEYS):
            raise KnowledgeError(
                f"the {RESPONSIBILITY!r} section of {str(path)!r} must map only "
                f"{', '.join(RESPONSIBILITY_KEYS)} to lists of words; fix it",
                source=str(path),
            )
        responsibility = {
            key: frozenset(str(w).lower() for w in cues.get(key) or [])
            for key in RESPONSIBILITY_KEYS
        }
        seizing = frozenset(str(w).lower() for w in data.get(SEIZURE_VERBS) or [])
        member_nouns = frozenset(str(w).lower() for w in data.get(MEMBER_NOUNS) or [])
        tag_marks = frozenset(str(w).lower() for w in data.get(CODER_TAG_MARKS) or [])
        return cls(
            classes,
            place_words,
            members,
            seizing,
            responsibility,
            member_nouns,
            tag_marks,
            tuple(str(w).lower() for w in data.get(CODED_TOTAL_CUES) or []),
            frozenset(tuple(str(w).lower().split()) for w in data.get(NON_TARGET_OPENERS) or []),
        )

    def class_of(self, words: list[str]) -> str | None:
        """The class of a phrase from its longest listed ending ("armed men": perpetrator)."""
        for size in (3, 2, 1):
            if len(words) < size:
                continue
            *before, last = words[-size:]
            for lemma in singulars(last):
                found = self.classes.get((*before, lemma))
                if found is not None:
                    return found
        return None

    def attacker_noun(self, word: str) -> str | None:
        """The listed singular of a one-word attacker noun ("guerrillas" -> guerrilla)."""
        return next((w for w in singulars(word) if self.classes.get((w,)) == "perpetrator"), None)


def singulars(noun: str) -> list[str]:
    """The singulars a lower-case noun could have: "bombs" -> bomb, "policemen" -> policeman,
    "facilities" -> facility. Only noun endings: "bombed" and "bombing" are not the weapon."""
    found = [noun]
    irregular = irregular_forms().get(noun)
    if irregular and not noun.endswith(("ing", "ed")):  # the table also lists verb forms
        found.append(irregular)
    if noun.endswith("men"):
        found.append(noun[:-3] + "man")
    if noun.endswith("ies"):
        found.append(noun[:-3] + "y")
    if noun.endswith("es"):
        found.append(noun[:-2])
    if noun.endswith("s") and not noun.endswith("ss"):
        found.append(noun[:-1])
    return found


@lru_cache(maxsize=4)
def load_participant_lexicon(path: str | None = None) -> ParticipantLexicon:
    """The participant word list at ``path`` (default: the packaged one), read once per process."""
    return ParticipantLexicon.from_file(Path(path) if path else PARTICIPANTS_PATH)

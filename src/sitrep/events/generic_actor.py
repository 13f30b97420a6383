"""The unnamed actor: one the text names only by a common noun ("police", "gunmen").

Kept apart from the readers that find it so that the argument reader and the event builder
can share one type; the state organs it stands for come from the actor knowledge base.
"""

from __future__ import annotations

from spacy.tokens import Span


class GenericActor:
    """An actor the text names only by a common noun ("police", "gunmen")."""

    type = "ORG"

    def __init__(
        self, name: str, actor_id: str | None, span: Span, kind: str | None = None
    ) -> None:
        self.id: str | None = None
        self.name = name
        self.actor_id = actor_id
        self.kind = kind
        self.mentions = [span]
        self.entry: object = None
        #: a state the text names ("a Russian missile"), not the forces of wherever it happened
        self.named_state = False

    @classmethod
    def make(cls, entry: object, span: Span, country: str | None) -> GenericActor:
        """The state organ of the event's country, or a labelled non-state actor."""
        from sitrep.knowledge.actors import load_actors

        kind = getattr(entry, "kind", "")
        made = cls(getattr(entry, "name", None) or span.text.capitalize(), None, span, kind)
        if kind in {"police", "military"} and country:
            organ = load_actors().country_actor(country, kind)
            if organ is not None:
                made = cls(organ.name, organ.id, span, kind)
        made.entry = entry
        return made

    @classmethod
    def state_military(
        cls, country: str, span: Span, named_by: object | None = None
    ) -> GenericActor | None:
        """The military of a state the text names by its demonym alone ("a Turkish drone"):
        it keeps that state wherever the event happened (foreign forces act abroad).

        ``named_by`` is the entity of the demonym mention ("Russian"), if the document has one:
        the report's actor then points at it (its ``entity``), so the words that name the state
        stay in the report beside the coder's canonical name.
        """
        from sitrep.knowledge.actors import load_actors

        organ = load_actors().country_actor(country, "military")
        if organ is None:
            return None
        made = cls(organ.name, organ.id, span, "military")
        made.named_state = True
        made.id = getattr(named_by, "id", None)
        return made

    def in_country(self, country: str | None) -> GenericActor:
        """The same unnamed actor as the organ of the country where the event happened."""
        if not country or self.kind not in {"police", "military"} or self.named_state:
            return self
        return GenericActor.make(self.entry, self.mentions[0], country)

"""Parts of the geocoder: text cues, candidate scoring, distances, the event-place rule."""

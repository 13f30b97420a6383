"""Extract: events (who did what to whom, when, where, how many) from annotated documents."""

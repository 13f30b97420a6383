"""The web service: sitrep's REST API under ``/api`` and the dashboard at ``/``.

``create_app`` builds the FastAPI application over one ``Store``; every route
reads through ``sitrep.store.queries``, the same layer the CLI uses.
"""

from sitrep.serve.app import create_app

__all__ = ["create_app"]

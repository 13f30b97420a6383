"""The store of the running application, handed to routes as a FastAPI dependency."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from sitrep.store.database import Store


def get_store(request: Request) -> Store:
    """The ``Store`` given to ``create_app``."""
    store: Store = request.app.state.store
    return store


StoreDep = Annotated[Store, Depends(get_store)]

"""Property-based tests: schemathesis generates requests from the OpenAPI description.

No generated request, whatever its parameters, may cause a server error (500).
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from sitrep.serve import create_app
from sitrep.store.database import Store

schemathesis = pytest.importorskip("schemathesis")

EXAMPLES_PER_ROUTE = 40


def test_no_generated_request_makes_a_server_error(demo_store: Store) -> None:
    from schemathesis.checks import not_a_server_error

    schema = schemathesis.openapi.from_asgi("/api/openapi.json", create_app(demo_store))
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 12
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=EXAMPLES_PER_ROUTE,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            database=None,
        )
        def no_server_error(case: Any) -> None:
            case.call_and_validate(checks=[not_a_server_error])

        no_server_error()

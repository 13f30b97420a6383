"""Store: the event database (SQLite by default, PostgreSQL at scale) behind one interface."""

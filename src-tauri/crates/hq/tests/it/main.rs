//! HQ against a real PostgreSQL server, started for these tests.

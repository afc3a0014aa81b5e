-- One component's events, newest first (GET /api/events?component=, the dashboard's component page).
-- Portable SQL: H2 2.4 and PostgreSQL 15.

CREATE INDEX ix_events_component_id ON events (component_id, id);

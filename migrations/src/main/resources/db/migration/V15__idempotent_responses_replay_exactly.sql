-- An idempotent retry replays the first response exactly: the body as the bytes that were sent (jsonb
-- would reorder its keys and respace it) and the headers a client acts on (Location, ETag, Content-Type).
-- A row whose completed_at is null is a request still running; one left so by a crash is taken over
-- after a lease (the application's setting), since nothing it did was committed without its response.

ALTER TABLE idempotency_key
    ALTER COLUMN response_body TYPE text USING response_body::text,
    ADD COLUMN response_headers jsonb NOT NULL DEFAULT '{}',
    ADD CHECK ((completed_at IS NULL) = (response_status IS NULL));

CREATE INDEX idempotency_key_created ON idempotency_key (created_at);

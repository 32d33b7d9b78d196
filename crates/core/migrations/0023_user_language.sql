-- A person's language (issue #22): what the screens, verdicts, refusals and reports speak to
-- them. Not a fact of custody, so not an event: a preference, changed by the person. No row is
-- the machine's language. The tag is one the application layer reads (`custody_messages::Lang`).
CREATE TABLE user_language (
    user_id  INTEGER PRIMARY KEY REFERENCES user(id),
    language TEXT NOT NULL CHECK (language IN ('en', 'fr', 'es', 'pt', 'ar', 'en-XA'))
);

-- SHA-256 over the SHA-256s of a document's files in order: the same upload twice has the same fingerprint.
ALTER TABLE document ADD COLUMN fingerprint TEXT;
CREATE INDEX document_fingerprint ON document (fingerprint);

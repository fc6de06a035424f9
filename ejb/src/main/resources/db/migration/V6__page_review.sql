-- A reviewer's verdict on a page's text. New text (a retry, a replacement, a restart) is unreviewed again.
ALTER TABLE page ADD COLUMN review TEXT NOT NULL DEFAULT 'unreviewed'
    CHECK (review IN ('unreviewed', 'approved', 'rejected'));
ALTER TABLE page ADD COLUMN review_note TEXT;
ALTER TABLE page ADD COLUMN reviewed_at TIMESTAMPTZ;

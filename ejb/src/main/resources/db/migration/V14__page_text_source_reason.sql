-- Why a page was read as it was (its text layer, OCR, or nothing because it is blank), and whether it is blank.
-- A blank page completes with empty text and the text source 'none': it is never OCR'd and never fails.
ALTER TABLE page ADD COLUMN text_source_reason TEXT;
ALTER TABLE page ADD COLUMN blank BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE page DROP CONSTRAINT page_text_source_check;
ALTER TABLE page ADD CONSTRAINT page_text_source_check CHECK (text_source IN ('text-layer', 'ocr', 'none'));

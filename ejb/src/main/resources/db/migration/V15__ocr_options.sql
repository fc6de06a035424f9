-- How a job's pages are read by OCR, as the upload asked (or the server's defaults at upload): the model
-- (fast: Debian's tesseract-ocr-eng; best: the best_int model) and the image steps before Tesseract, a
-- comma-separated list in a fixed order, or 'none'. Null (jobs from before, analysis jobs): the server's
-- defaults when a page is read.
ALTER TABLE job ADD COLUMN ocr_model TEXT CHECK (ocr_model IN ('fast', 'best'));
ALTER TABLE job ADD COLUMN ocr_steps TEXT CHECK (ocr_steps ~ '^(none|[a-z]+(,[a-z]+)*)$');

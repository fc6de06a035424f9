-- Whether a job's mixed pages (a usable text layer beside images covering 15 % of the page or more) also have their
-- images read by OCR, the words added to the page's text (the upload's ocrImages). Null (jobs from before): no.
ALTER TABLE job ADD COLUMN ocr_images BOOLEAN;

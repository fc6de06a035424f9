-- Office documents (DOCX, XLSX, PPTX, ODT, ODS, RTF, HTML, plain text): stored as uploaded, converted to a
-- PDF by LibreOffice at the start of the split stage, then split like any PDF.
ALTER TABLE document DROP CONSTRAINT document_kind_check;
ALTER TABLE document ADD CONSTRAINT document_kind_check CHECK (kind IN ('pdf', 'images', 'office'));

-- The password of an encrypted PDF, kept only until the split has written the decrypted single pages.
ALTER TABLE document ADD COLUMN pdf_password TEXT;

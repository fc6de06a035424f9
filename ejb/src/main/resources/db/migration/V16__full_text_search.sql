-- Full-text search beside the vectors: every chunk keeps the text-search configuration of its document's
-- language and the tsvector made with it, under a GIN index. Search fuses this ranking with the vector one.

-- The PostgreSQL text-search configuration for a document's language: Tesseract codes (eng, deu, fra, ...) and
-- ISO 639-1 codes (en, de, fr, ...) of languages PostgreSQL stems; 'simple' (lower-case words, no stemming, no
-- stop words) for any other. For several languages (eng+deu) the first one decides.
CREATE FUNCTION text_search_config(language TEXT) RETURNS REGCONFIG
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
    SELECT CASE lower(split_part(coalesce(language, ''), '+', 1))
        WHEN 'eng' THEN 'english' WHEN 'en' THEN 'english'
        WHEN 'deu' THEN 'german' WHEN 'ger' THEN 'german' WHEN 'de' THEN 'german'
        WHEN 'fra' THEN 'french' WHEN 'fre' THEN 'french' WHEN 'fr' THEN 'french'
        WHEN 'spa' THEN 'spanish' WHEN 'es' THEN 'spanish'
        WHEN 'ita' THEN 'italian' WHEN 'it' THEN 'italian'
        WHEN 'por' THEN 'portuguese' WHEN 'pt' THEN 'portuguese'
        WHEN 'nld' THEN 'dutch' WHEN 'dut' THEN 'dutch' WHEN 'nl' THEN 'dutch'
        WHEN 'dan' THEN 'danish' WHEN 'da' THEN 'danish'
        WHEN 'fin' THEN 'finnish' WHEN 'fi' THEN 'finnish'
        WHEN 'hun' THEN 'hungarian' WHEN 'hu' THEN 'hungarian'
        WHEN 'nor' THEN 'norwegian' WHEN 'nob' THEN 'norwegian' WHEN 'no' THEN 'norwegian'
        WHEN 'ron' THEN 'romanian' WHEN 'rum' THEN 'romanian' WHEN 'ro' THEN 'romanian'
        WHEN 'rus' THEN 'russian' WHEN 'ru' THEN 'russian'
        WHEN 'swe' THEN 'swedish' WHEN 'sv' THEN 'swedish'
        WHEN 'tur' THEN 'turkish' WHEN 'tr' THEN 'turkish'
        ELSE 'simple'
    END::regconfig
    $$;

-- The text as PostgreSQL's parser should read it: its parser takes anything between < and > for a markup tag and
-- skips it, words and all, and page text is not markup (an XML example in a manual, "a <b>", a comment line
-- "<!-- DO NOT EDIT -->"). Angle brackets become single angle quotation marks, which the parser reads as
-- separators; snippets turn them back (io.pageflow.index.Snippets). Queries go through it too.
CREATE FUNCTION searchable(content TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT translate(content, '<>', U&'\2039\203A') $$;

ALTER TABLE chunk ADD COLUMN ts_config REGCONFIG NOT NULL DEFAULT 'simple';
UPDATE chunk c SET ts_config = text_search_config(d.language) FROM document d WHERE d.id = c.document_id;

-- Kept by PostgreSQL from the chunk's text and configuration: the index stage writes only those two.
ALTER TABLE chunk ADD COLUMN tsv TSVECTOR GENERATED ALWAYS AS (to_tsvector(ts_config, searchable(content))) STORED;
CREATE INDEX chunk_tsv ON chunk USING gin (tsv);

-- A query that any one of the words of a text satisfies, normalised by a configuration: the fallback ranking
-- when no chunk has every word, and what a snippet highlights.
CREATE FUNCTION any_word_tsquery(config REGCONFIG, query TEXT) RETURNS TSQUERY
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$
    SELECT coalesce(string_agg('''' || replace(replace(w, '\', '\\'), '''', '''''') || '''', ' | '), '')::tsquery
      FROM unnest(tsvector_to_array(to_tsvector(config, searchable(query)))) AS w
    $$;

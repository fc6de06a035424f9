-- The conversion gateway's stage, between export and done, for jobs submitted with convert=gateway. The stage
-- list also names the analysis stages (analyze, consolidate) so that it is the same whichever of the two
-- migrations that redefine it runs last.
ALTER TABLE job DROP CONSTRAINT job_stage_check;
ALTER TABLE job ADD CONSTRAINT job_stage_check
    CHECK (stage IN ('split', 'pages', 'classify', 'extract', 'analyze', 'consolidate', 'index', 'export', 'gateway',
                     'done'));

-- What the upload asked of the gateway (conversion = 'gateway', with the mapping JSON sent along; a gateway of the
-- put flavour takes none), and where its answer is stored once there is one (results/{jobId}.xml).
ALTER TABLE job ADD COLUMN conversion      TEXT CHECK (conversion IN ('gateway'));
ALTER TABLE job ADD COLUMN gateway_mapping TEXT;
ALTER TABLE job ADD COLUMN result_path     TEXT;
ALTER TABLE job ADD CONSTRAINT job_conversion_mapping CHECK (conversion IS NOT NULL OR gateway_mapping IS NULL);

package io.pageflow.health;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import io.pageflow.convert.OfficeConverter;
import io.pageflow.page.OcrLanguages;
import io.pageflow.storage.ObjectStorage;

/** Answers the readiness checks (in the EAR's library) about storage, Tesseract and LibreOffice. */
@Stateless
@Local(PipelineProbes.class)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PipelineProbeBean implements PipelineProbes {

    @Inject
    ObjectStorage storage;

    @Inject
    OcrLanguages languages;

    @Inject
    OfficeConverter office;

    @Override
    public String storageProblem() {
        return storage.isWritable() ? null : "object storage cannot be written";
    }

    @Override
    public String ocrProblem() {
        try {
            return languages.isInstalled(languages.defaultLanguage()) ? null
                    : "no " + languages.defaultLanguage() + ".traineddata in " + languages.tessdata();
        } catch (IllegalStateException e) {
            return e.getMessage();
        }
    }

    @Override
    public String officeProblem() {
        return office.problem();
    }
}

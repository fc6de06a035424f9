package io.pageflow.health;

import java.util.Locale;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import io.pageflow.convert.OfficeConverter;
import io.pageflow.config.PageflowSettings;
import io.pageflow.gateway.GatewayClient;
import io.pageflow.page.OcrLanguages;
import io.pageflow.storage.ObjectStorage;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;

/** Answers the readiness checks (in the EAR's library) about storage, Tesseract, LibreOffice and the conversion gateway. */
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

    @Inject
    PageflowSettings settings;

    @Inject
    CircuitBreakerMaintenance breakers;

    @Override
    public String gatewayBreaker() {
        if (!settings.gateway().isConfigured()) {
            return null;
        }
        CircuitBreakerState state = breakers.currentState(GatewayClient.BREAKER);
        return state.name().toLowerCase(Locale.ROOT).replace('_', '-');
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

    @Override
    public boolean authenticationOn() {
        return settings.security().authOn();
    }
}

package io.pageflow.api;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Describes the paging headers once for every list: an operation that takes {@code limit} and {@code offset}
 * ({@link PageParams}) answers 200 with {@code X-Total-Count} and {@code Link}, the headers declared once in
 * {@link PageflowApplication}'s components. Registered as the OpenAPI filter ({@code mp.openapi.filter}).
 */
public class PagedListHeaders implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        List<Parameter> parameters = operation.getParameters();
        if (parameters == null || operation.getResponses() == null) {
            return operation;
        }
        List<String> names = parameters.stream().map(Parameter::getName).toList();
        APIResponse ok = operation.getResponses().getAPIResponse("200");
        if (ok != null && names.contains("limit") && names.contains("offset")) {
            ok.addHeader(Paging.TOTAL_COUNT, OASFactory.createHeader().ref(Paging.TOTAL_COUNT));
            ok.addHeader("Link", OASFactory.createHeader().ref("Link"));
        }
        return operation;
    }
}

package io.pageflow.api.problem;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A request parameter that broke its Bean Validation constraint ({@code @Min}, {@code @Pattern}, …): 400
 * {@code INVALID_PARAMETER}, naming each parameter as the request spelled it. A broken constraint on what a
 * resource returns is the server's fault: 500.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    private static final Logger LOG = Logger.getLogger(ConstraintViolationMapper.class.getName());

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(ConstraintViolationException e) {
        if (e.getConstraintViolations().stream().anyMatch(ConstraintViolationMapper::isReturnValue)) {
            LOG.log(Level.SEVERE, "A response broke its constraints on " + uriInfo.getPath(), e);
            return Problem.response(500, "INTERNAL_ERROR", "Unexpected error; see the server log.", uriInfo.getPath());
        }
        List<Problem.InvalidParam> invalid = e.getConstraintViolations().stream()
                .map(v -> new Problem.InvalidParam(parameterName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.InvalidParam::name))
                .toList();
        String detail = String.join("; ", invalid.stream().map(p -> p.name() + " " + p.reason()).toList());
        return Problem.response(400, "INVALID_PARAMETER", detail, uriInfo.getPath(), invalid);
    }

    private static boolean isReturnValue(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    /**
     * The name in the request ({@code @QueryParam("limit")}), not the Java parameter's; {@code body} for the
     * entity, or the property of the entity that broke its constraint.
     */
    static String parameterName(ConstraintViolation<?> violation) {
        Path.MethodNode method = null;
        String name = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                method = node.as(Path.MethodNode.class);
            } else if (node.getKind() == ElementKind.PARAMETER && method != null) {
                String requested = requestName(violation.getRootBeanClass(), method,
                        node.as(Path.ParameterNode.class).getParameterIndex());
                name = requested != null ? requested : node.getName();
            } else {
                name = node.getName();
            }
        }
        return name;
    }

    private static String requestName(Class<?> type, Path.MethodNode node, int index) {
        Class<?>[] types = node.getParameterTypes().toArray(Class<?>[]::new);
        // CDI may hand over a proxy subclass whose overriding method carries no JAX-RS annotations
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                Method method = c.getDeclaredMethod(node.getName(), types);
                for (Annotation a : method.getParameterAnnotations()[index]) {
                    String name = a instanceof QueryParam q ? q.value() : a instanceof PathParam p ? p.value()
                            : a instanceof HeaderParam h ? h.value() : a instanceof FormParam f ? f.value() : null;
                    if (name != null) {
                        return name;
                    }
                }
                return "body";
            } catch (NoSuchMethodException e) {
                // declared further up
            }
        }
        return null;
    }
}

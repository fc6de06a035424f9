package io.pageflow.api;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;

import io.pageflow.logging.LogContext;

/**
 * Puts what an API request is about into the logging context for every line written while it is handled: the
 * node, the job its path names, and the caller (the principal's name). Mapped in web.xml, after authentication.
 * A servlet filter rather than a JAX-RS one, so that its {@code finally} runs whatever the outcome.
 */
public class RequestLogContext implements Filter {

    private static final Pattern JOB_PATH = Pattern.compile("^/api/jobs/(\\d{1,18})(?:/.*)?$");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        LogContext.request(http.getRemoteUser(), jobId(http.getRequestURI().substring(http.getContextPath().length())));
        try {
            chain.doFilter(request, response);
        } finally {
            LogContext.clear();
        }
    }

    static Long jobId(String path) {
        Matcher job = JOB_PATH.matcher(path);
        return job.matches() ? Long.valueOf(job.group(1)) : null;
    }
}

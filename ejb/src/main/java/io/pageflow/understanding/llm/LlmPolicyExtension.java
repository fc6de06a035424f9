package io.pageflow.understanding.llm;

import java.time.Duration;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.util.AnnotationLiteral;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * Gives {@link LlmClient#complete}'s bulkhead, timeout and retry duration the values of
 * {@code PAGEFLOW_LLM_MAX_CONCURRENT} and {@code PAGEFLOW_LLM_TIMEOUT_SECONDS}, while the bean is discovered and
 * before Fault Tolerance reads its annotations.
 *
 * <p>Why not Fault Tolerance's own override keys ({@code …LlmClient/complete/Bulkhead/value}) in this module's
 * microprofile-config.properties: WildFly's Fault Tolerance reads them from the EAR's configuration, which does
 * not see the EJB module's file, and they would give one setting two names. Here each setting has one name,
 * read from this module's configuration.
 */
public class LlmPolicyExtension implements Extension {

    /** Fault Tolerance's timeout waits this much longer than the HTTP client's own. */
    static final int GRACE_SECONDS = 5;
    /** The longest one call may take, all attempts and waits included. */
    static final Duration CALL_BOUND = Duration.ofMinutes(3);

    void applySettings(@Observes ProcessAnnotatedType<LlmClient> event) {
        LlmSettings settings = LlmSettings.from(ConfigProvider.getConfig(LlmClient.class.getClassLoader()));
        Duration attempt = attemptBound(settings);
        Duration retrying = CALL_BOUND.minus(attempt);
        event.configureAnnotatedType()
                .filterMethods(method -> method.isAnnotationPresent(Bulkhead.class))
                .forEach(method -> {
                    Bulkhead bulkhead = method.getAnnotated().getAnnotation(Bulkhead.class);
                    Retry retry = method.getAnnotated().getAnnotation(Retry.class);
                    method.remove(a -> a.annotationType() == Bulkhead.class || a.annotationType() == Timeout.class
                            || a.annotationType() == Retry.class)
                            .add(new BulkheadLiteral(settings.maxConcurrent(), bulkhead.waitingTaskQueue()))
                            .add(new TimeoutLiteral(attempt.toMillis()))
                            .add(new RetryLiteral(retry, retrying.toMillis()));
                });
    }

    /** One attempt at most: the HTTP timeout and the grace. */
    static Duration attemptBound(LlmSettings settings) {
        return settings.timeout().plusSeconds(GRACE_SECONDS);
    }

    @SuppressWarnings("all")
    private static final class BulkheadLiteral extends AnnotationLiteral<Bulkhead> implements Bulkhead {
        private final int value;
        private final int waitingTaskQueue;

        BulkheadLiteral(int value, int waitingTaskQueue) {
            this.value = value;
            this.waitingTaskQueue = waitingTaskQueue;
        }

        @Override
        public int value() {
            return value;
        }

        @Override
        public int waitingTaskQueue() {
            return waitingTaskQueue;
        }
    }

    @SuppressWarnings("all")
    private static final class TimeoutLiteral extends AnnotationLiteral<Timeout> implements Timeout {
        private final long millis;

        TimeoutLiteral(long millis) {
            this.millis = millis;
        }

        @Override
        public long value() {
            return millis;
        }

        @Override
        public ChronoUnit unit() {
            return ChronoUnit.MILLIS;
        }
    }

    /** The annotation as written, with another {@code maxDuration}. */
    @SuppressWarnings("all")
    private static final class RetryLiteral extends AnnotationLiteral<Retry> implements Retry {
        private final Retry written;
        private final long maxDurationMillis;

        RetryLiteral(Retry written, long maxDurationMillis) {
            this.written = written;
            this.maxDurationMillis = maxDurationMillis;
        }

        @Override
        public int maxRetries() {
            return written.maxRetries();
        }

        @Override
        public long delay() {
            return written.delay();
        }

        @Override
        public ChronoUnit delayUnit() {
            return written.delayUnit();
        }

        @Override
        public long maxDuration() {
            return maxDurationMillis;
        }

        @Override
        public ChronoUnit durationUnit() {
            return ChronoUnit.MILLIS;
        }

        @Override
        public long jitter() {
            return written.jitter();
        }

        @Override
        public ChronoUnit jitterDelayUnit() {
            return written.jitterDelayUnit();
        }

        @Override
        public Class<? extends Throwable>[] retryOn() {
            return written.retryOn();
        }

        @Override
        public Class<? extends Throwable>[] abortOn() {
            return written.abortOn();
        }
    }
}

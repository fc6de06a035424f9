package io.pageflow.messaging;

/** JNDI names of the stage queues, created in the server by {@code wildfly-config/configure-jms.cli}. */
public final class Queues {

    public static final String SPLIT = "java:/jms/queue/pageflow.split";
    public static final String PAGE = "java:/jms/queue/pageflow.page";
    public static final String CLASSIFY = "java:/jms/queue/pageflow.classify";
    public static final String EXTRACT = "java:/jms/queue/pageflow.extract";
    public static final String INDEX = "java:/jms/queue/pageflow.index";
    public static final String EXPORT = "java:/jms/queue/pageflow.export";
    public static final String GATEWAY = "java:/jms/queue/pageflow.gateway";
    public static final String ANALYZE = "java:/jms/queue/pageflow.analyze";
    public static final String CONSOLIDATE = "java:/jms/queue/pageflow.consolidate";
    public static final String DEAD_LETTERS = "java:/jms/queue/pageflow.DLQ";

    /**
     * The {@code consumerWindowSize} of every consumer of these queues: each takes one message at a time from the
     * broker (Artemis's advice for slow consumers; a stage's message takes milliseconds to minutes, the broker's round
     * trip far less). With the default window of 1 MiB, the broker deals a queue's messages out in turn to its
     * consumers, which buffer them: a page would wait behind a slow one on a busy consumer, or a busy node, while
     * another sat idle. Set on each message-driven bean, so that it holds whichever broker the server uses
     * ({@code ConsumerWindowTest} checks that none is left out).
     */
    public static final String CONSUMER_WINDOW = "0";

    /** Stage names as carried in messages. */
    public static final String STAGE_SPLIT = "split";
    public static final String STAGE_PAGE = "page";
    public static final String STAGE_CLASSIFY = "classify";
    public static final String STAGE_EXTRACT = "extract";
    public static final String STAGE_INDEX = "index";
    public static final String STAGE_EXPORT = "export";
    public static final String STAGE_GATEWAY = "gateway";
    public static final String STAGE_ANALYZE = "analyze";
    public static final String STAGE_CONSOLIDATE = "consolidate";

    private Queues() {
    }
}

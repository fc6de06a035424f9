package io.pageflow.control;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.logging.Logger;

import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.StandardMBean;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Local;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import io.pageflow.job.JobStatus;
import io.pageflow.job.StageRequeue;
import io.pageflow.metrics.JobCounts;
import io.pageflow.metrics.QueueDepths;
import io.pageflow.state.InFlightClaims;
import io.pageflow.messaging.StageRuns;

/**
 * Registers {@code io.pageflow:type=Pipeline} at start and removes it at undeploy (a leftover MBean would make
 * the next deployment fail to register). The MBean server calls this bean through its EJB view, so that each
 * call runs with the application's class loader and naming context, whichever thread JMX uses. Bean-managed
 * concurrency: a drain that waits must not hold up a read of the attributes.
 */
@Singleton
@Startup
@Local(PipelineMXBean.class)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PipelineControl implements PipelineMXBean {

    private static final Logger LOG = Logger.getLogger(PipelineControl.class.getName());
    public static final String NAME = "io.pageflow:type=Pipeline";
    static final Duration DRAIN_WAIT = Duration.ofSeconds(60);

    private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();

    @Resource
    SessionContext context;

    @Inject
    QueueDepths queues;

    @Inject
    JobCounts jobs;

    @Inject
    InFlightClaims claims;

    @Inject
    StageRuns runs;

    @Inject
    IntakeGate intake;

    @Inject
    NodeDrain drain;

    @Inject
    StageRequeue requeue;

    @PostConstruct
    void register() {
        try {
            ObjectName name = new ObjectName(NAME);
            if (server.isRegistered(name)) {
                server.unregisterMBean(name);
            }
            server.registerMBean(new StandardMBean(context.getBusinessObject(PipelineMXBean.class), PipelineMXBean.class,
                    true), name);
        } catch (JMException e) {
            throw new IllegalStateException("Cannot register " + NAME, e);
        }
    }

    @PreDestroy
    void unregister() {
        try {
            server.unregisterMBean(new ObjectName(NAME));
        } catch (JMException e) {
            LOG.warning("Cannot unregister " + NAME + ": " + e);
        }
    }

    @Override
    public long getSplitQueueDepth() {
        return depth("pageflow.split");
    }

    @Override
    public long getPageQueueDepth() {
        return depth("pageflow.page");
    }

    @Override
    public long getClassifyQueueDepth() {
        return depth("pageflow.classify");
    }

    @Override
    public long getExtractQueueDepth() {
        return depth("pageflow.extract");
    }

    @Override
    public long getIndexQueueDepth() {
        return depth("pageflow.index");
    }

    @Override
    public long getExportQueueDepth() {
        return depth("pageflow.export");
    }

    @Override
    public long getDeadLetterQueueDepth() {
        return depth(QueueDepths.DEAD_LETTER_QUEUE);
    }

    @Override
    public long getDeadLetters() {
        return known(queues.deadLetters());
    }

    @Override
    public int getInFlightPages() {
        return claims.pageIds().size();
    }

    @Override
    public int getInFlightMessages() {
        return runs.active();
    }

    @Override
    public long getQueuedJobs() {
        return known(jobs.count(JobStatus.QUEUED));
    }

    @Override
    public long getProcessingJobs() {
        return known(jobs.count(JobStatus.PROCESSING));
    }

    @Override
    public long getCompletedJobs() {
        return known(jobs.count(JobStatus.COMPLETED));
    }

    @Override
    public long getFailedJobs() {
        return known(jobs.count(JobStatus.FAILED));
    }

    @Override
    public long getCancelledJobs() {
        return known(jobs.count(JobStatus.CANCELLED));
    }

    @Override
    public boolean isIntakePaused() {
        return intake.isPaused();
    }

    @Override
    public boolean isDeliveryActive() {
        return drain.deliveryActive();
    }

    @Override
    public boolean isDrained() {
        return drain.drained();
    }

    @Override
    public String getNodeState() {
        return drain.state();
    }

    @Override
    public void pauseIntake() {
        intake.pause();
        LOG.info("Intake paused: submissions are answered 503 until resumed");
    }

    @Override
    public void resumeIntake() {
        intake.resume();
        LOG.info("Intake resumed");
    }

    @Override
    public String drainNode() {
        LOG.info("Draining: the consumers stop taking messages");
        drain.stopDelivery();
        try {
            String state = drain.awaitDrained(DRAIN_WAIT);
            LOG.info("Drain: " + state);
            return state;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return drain.state();
        }
    }

    @Override
    public String resumeNode() {
        drain.startDelivery();
        LOG.info("Consumers take messages again");
        return drain.state();
    }

    @Override
    public String requeue(long jobId) {
        String sent = requeue.current(jobId);
        LOG.info(() -> "Requeue: " + sent);
        return sent;
    }

    private long depth(String queue) {
        return known(queues.messages(queue));
    }

    private static long known(double value) {
        return Double.isNaN(value) ? -1 : (long) value;
    }
}

package io.pageflow.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.pageflow.document.PageStatus;
import io.pageflow.job.JobStatus;

/** The promises the two tables make, read from the tables themselves. */
class TransitionTableTest {

    @Test
    void onlyAClaimPutsAPageInProcessing() {
        Set<PageTransition> into = Arrays.stream(PageTransition.values())
                .filter(t -> t.to() == PageStatus.PROCESSING).collect(Collectors.toSet());
        assertEquals(EnumSet.of(PageTransition.CLAIM), into);
    }

    @Test
    void aFinishedPageRunsAgainOnlyWhenAUserResetsIt() {
        for (PageStatus finished : EnumSet.of(PageStatus.COMPLETED, PageStatus.FAILED)) {
            Set<PageTransition> out = Arrays.stream(PageTransition.values())
                    .filter(t -> t.allows(finished)).collect(Collectors.toSet());
            assertEquals(EnumSet.of(PageTransition.RESET), out, finished.name());
        }
    }

    @Test
    void aProcessingPageCanAlwaysLeaveWithoutAUser() {
        Set<PageStatus> exits = Arrays.stream(PageTransition.values())
                .filter(t -> t.allows(PageStatus.PROCESSING) && t != PageTransition.RESET)
                .map(PageTransition::to).collect(Collectors.toSet());
        assertEquals(EnumSet.of(PageStatus.PROCESSING, PageStatus.COMPLETED, PageStatus.FAILED, PageStatus.PENDING), exits);
        assertFalse(PageTransition.RESET.allows(PageStatus.PROCESSING), "a user never resets a page a worker holds");
    }

    @Test
    void everyJobStatusIsReachableAndOnlyRunningJobsEndByThemselves() {
        Set<JobStatus> reached = Arrays.stream(JobTransition.values()).map(JobTransition::to).collect(Collectors.toSet());
        reached.add(JobStatus.QUEUED);
        assertEquals(EnumSet.allOf(JobStatus.class), reached);
        assertTrue(JobTransition.COMPLETE.from().equals(EnumSet.of(JobStatus.PROCESSING)));
        for (JobStatus end : EnumSet.of(JobStatus.COMPLETED, JobStatus.FAILED, JobStatus.CANCELLED)) {
            assertTrue(JobTransition.REOPEN.allows(end) && JobTransition.REQUEUE.allows(end), end.name());
            assertFalse(JobTransition.BEGIN.allows(end) || JobTransition.COMPLETE.allows(end), end.name());
        }
    }
}

package io.pageflow.cluster;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

import io.pageflow.state.JobStates;
import io.pageflow.state.PageStates;

/** Gives back, in one transaction, everything a node holds: its pages and its index stages. */
@Stateless
public class LeaseRelease {

    @EJB
    PageStates pages;

    @EJB
    JobStates jobs;

    /** Returns how many pages were given back. */
    public int releaseAllHeldBy(String holder) {
        int released = pages.releaseAllHeldBy(holder);
        jobs.releaseAllHeldBy(holder);
        return released;
    }
}

/**
 * Working safely with several nodes and crashes: node identity, leases renewed by a heartbeat, the reaper
 * that re-enqueues work whose lease expired, and the release of leases on a graceful shutdown.
 */
package io.pageflow.cluster;

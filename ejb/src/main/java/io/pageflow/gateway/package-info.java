/**
 * The conversion gateway's stage: a job submitted with {@code convert=gateway} and a mapping goes, after its
 * export, to an outside HTTP converter (the gateway's own multipart contract, or a raw {@code PUT} as Apache Tika
 * server takes it); the answer is stored at {@code results/{jobId}.xml}. A circuit breaker guards the gateway and
 * readiness shows its state. See docs/converters.md.
 */
package io.pageflow.gateway;

/**
 * Webhooks: callers register a URL, the events they want and a shared secret; the events the pipeline causes are
 * recorded as deliveries in the transaction that caused them, rung on a queue of their own, and posted signed
 * (HMAC-SHA256, Stripe's scheme) by a consumer that retries with backoff and refuses private targets.
 */
package io.pageflow.webhook;

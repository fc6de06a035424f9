/**
 * The optional LLM engine: classification and extraction by any OpenAI-compatible chat-completions endpoint,
 * asked for JSON matching a schema and checked against it. {@link io.pageflow.understanding.llm.LlmEngine} is
 * what the stages call; {@link io.pageflow.understanding.llm.LlmClient} makes the HTTP call under the
 * fault-tolerance policy (bulkhead, timeout, retries honouring {@code Retry-After}, circuit breaker), whose
 * numbers {@link io.pageflow.understanding.llm.LlmPolicyExtension} takes from {@code PAGEFLOW_LLM_*}.
 */
package io.pageflow.understanding.llm;

/**
 * Page analysis: a job of kind {@code analysis} runs an analysis profile over every page of an ingested
 * document (the local key-phrase engine or the LLM engine), storing a result per page; a job of kind
 * {@code consolidation} merges what an analysis found across its pages. Their per-page rows change only through
 * {@link io.pageflow.state.AnalysisPageStates}, their job rows through {@link io.pageflow.state.JobStates}.
 */
package io.pageflow.analysis;

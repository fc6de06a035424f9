/**
 * Pageflow's settings ({@code pageflow.*}, set by {@code PAGEFLOW_*} environment variables): every one defined
 * once in {@link io.pageflow.config.Settings} with its default, read and checked together when the application
 * deploys ({@link io.pageflow.config.SettingsCheck}), so that a wrong value stops the deployment with a message
 * naming the variable and the rule instead of failing a page hours later.
 */
package io.pageflow.config;

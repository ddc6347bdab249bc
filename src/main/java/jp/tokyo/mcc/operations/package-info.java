/**
 * Operations: the public port's health answers (and its metrics, for this machine's own clients only) while the actuator
 * (health probes, {@code /actuator/prometheus}) lives on the management port, which a deployment never publishes. The metrics themselves are recorded where things
 * happen (the line module's outbox and backlog, the router); docs/runbook.md says what each means.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Operations")
package jp.tokyo.mcc.operations;

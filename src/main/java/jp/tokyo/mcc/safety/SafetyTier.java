package jp.tokyo.mcc.safety;

/**
 * How serious a family's message is, most serious first. Each tier has its own file of signs and its own answer in
 * {@code flows/safety/}.
 */
public enum SafetyTier {
    /** Life-threatening now: 119 first, then #8000 / #7119 for doubt. */
    EMERGENCY,
    /** A parent in crisis (thoughts of dying, fear of harming the child, exhaustion without hope): crisis lines. */
    CRISIS,
    /** Something is wrong now but may not need an ambulance: #7119 and #8000 (119 when in doubt about life). */
    URGENT,
    /** A disaster happening now: the municipality, the child's doctors and nurses, 171. */
    DISASTER,
    /** Preparing for disasters: no alarm; the FAQ answers. */
    PREPARATION;

    /** Whether this tier sends an answer of its own before anything else (all but preparation). */
    public boolean alarms() {
        return this != PREPARATION;
    }
}

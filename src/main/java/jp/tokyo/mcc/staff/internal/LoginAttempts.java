package jp.tokyo.mcc.staff.internal;

import java.time.Instant;

import jp.tokyo.mcc.staff.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Lock-out: after {@code app.staff.max-failed-attempts} wrong passwords in a row, locked for {@code app.staff.lockout}. */
@Component
class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final StaffAccountStore store;
    private final StaffProperties properties;
    private final AuditLog audit;

    LoginAttempts(StaffAccountStore store, StaffProperties properties, AuditLog audit) {
        this.store = store;
        this.properties = properties;
        this.audit = audit;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getName());
        Instant until = Instant.now().plus(properties.lockout());
        if (store.recordFailure(username, Math.max(1, properties.maxFailedAttempts()), until)) {
            log.warn("staff account locked after {} failed logins", properties.maxFailedAttempts());
            audit.record(username, "ACCOUNT_LOCKED", "staff", username, "until " + until);
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onSuccess(AuthenticationSuccessEvent event) {
        store.recordSuccess(event.getAuthentication().getName());
    }
}

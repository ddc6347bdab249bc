package jp.tokyo.mcc.staff.internal;

import jp.tokyo.mcc.line.LineChannel;
import jp.tokyo.mcc.staff.NewStaffAccount;
import jp.tokyo.mcc.staff.StaffAccountException;
import jp.tokyo.mcc.staff.StaffRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first administrator, on a start with no staff accounts: from APP_ADMIN_USERNAME / APP_ADMIN_PASSWORD when they
 * are set; otherwise, in local mode only (no LINE channel: a developer's or a newcomer's own machine), an
 * administrator {@value #LOCAL_ADMIN} with a one-time password printed in the log once, to be changed at the first
 * sign-in. With a real channel and no such variables nobody is created (the log says what to set).
 */
@Component
class AdminBootstrap implements SmartInitializingSingleton {

    static final String LOCAL_ADMIN = "admin";
    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final StaffAccountRows store;
    private final StaffAccountService accounts;
    private final StaffProperties properties;
    private final TransactionTemplate transaction;
    private final LineChannel channel;

    AdminBootstrap(StaffAccountRows store, StaffAccountService accounts, StaffProperties properties,
                   TransactionTemplate transaction, LineChannel channel) {
        this.store = store;
        this.accounts = accounts;
        this.properties = properties;
        this.transaction = transaction;
        this.channel = channel;
    }

    @Override
    public void afterSingletonsInstantiated() {
        String username = properties.bootstrapAdminUsername();
        String password = properties.bootstrapAdminPassword();
        if (username != null && !username.isBlank() && password != null && !password.isBlank()) {
            fromVariables(username, password);
        } else if (!channel.isLocalMode()) {
            if (store.count() == 0) {
                log.warn("No staff accounts yet: set APP_ADMIN_USERNAME and APP_ADMIN_PASSWORD to create an administrator");
            }
        } else {
            withOneTimePassword();
        }
    }

    private void fromVariables(String username, String password) {
        try {
            transaction.executeWithoutResult(status -> {
                if (store.count() == 0) {
                    accounts.createUnchecked(new NewStaffAccount(username.trim(), password, null, StaffRole.ADMIN, null));
                    log.info("Created the first administrator account from APP_ADMIN_USERNAME");
                }
            });
        } catch (StaffAccountException refused) {
            // the reason names the rule, never the password
            log.error("No administrator created: APP_ADMIN_USERNAME / APP_ADMIN_PASSWORD refused ({}); set a stronger "
                    + "password and start again", refused.getMessage());
        }
    }

    private void withOneTimePassword() {
        String oneTime = accounts.oneTimePassword(LOCAL_ADMIN);
        Boolean created = transaction.execute(status -> {
            if (store.count() > 0) {
                return false;
            }
            long id = accounts.createUnchecked(new NewStaffAccount(LOCAL_ADMIN, oneTime, null, StaffRole.ADMIN, null)).id();
            store.requirePasswordChange(id);
            return true;
        });
        if (Boolean.TRUE.equals(created)) {
            // local mode only (no LINE channel): the newcomer's way in; it must be changed at the first sign-in
            log.warn("LOCAL MODE, first start: created the administrator \"{}\" with the one-time password {} . Sign in at "
                    + "/console/login and choose your own password (asked at once). This password is not shown again.",
                    LOCAL_ADMIN, oneTime);
        }
    }
}

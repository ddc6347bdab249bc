package jp.tokyo.mcc.staff.internal;

import jp.tokyo.mcc.staff.NewStaffAccount;
import jp.tokyo.mcc.staff.StaffAccountException;
import jp.tokyo.mcc.staff.StaffRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** On a start with no accounts and APP_ADMIN_USERNAME / APP_ADMIN_PASSWORD set, creates that administrator. */
@Component
class AdminBootstrap implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final StaffAccountRows store;
    private final StaffAccountService accounts;
    private final StaffProperties properties;
    private final TransactionTemplate transaction;

    AdminBootstrap(StaffAccountRows store, StaffAccountService accounts, StaffProperties properties,
                   TransactionTemplate transaction) {
        this.store = store;
        this.accounts = accounts;
        this.properties = properties;
        this.transaction = transaction;
    }

    @Override
    public void afterSingletonsInstantiated() {
        String username = properties.bootstrapAdminUsername();
        String password = properties.bootstrapAdminPassword();
        if (username == null || username.isBlank() || password == null || password.isBlank()) {
            if (store.count() == 0) {
                log.warn("No staff accounts yet: set APP_ADMIN_USERNAME and APP_ADMIN_PASSWORD to create an administrator");
            }
            return;
        }
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
}

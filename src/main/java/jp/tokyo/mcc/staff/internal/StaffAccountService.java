package jp.tokyo.mcc.staff.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jp.tokyo.mcc.staff.AuditLog;
import jp.tokyo.mcc.staff.NewStaffAccount;
import jp.tokyo.mcc.staff.StaffAccountException;
import jp.tokyo.mcc.staff.StaffAccountException.Reason;
import jp.tokyo.mcc.staff.StaffAccounts;
import jp.tokyo.mcc.staff.StaffMember;
import jp.tokyo.mcc.staff.StaffRole;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: validation, hashing, administrators-only changes, audit. */
@Service
class StaffAccountService implements StaffAccounts {

    static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{3,64}");

    private final StaffAccountRows store;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final PasswordPolicy passwordPolicy;

    StaffAccountService(StaffAccountRows store, PasswordEncoder encoder, AuditLog audit, PasswordPolicy passwordPolicy) {
        this.store = store;
        this.passwordPolicy = passwordPolicy;
        this.encoder = encoder;
        this.audit = audit;
    }

    @Override
    public List<StaffMember> list() {
        return store.all();
    }

    @Override
    public Optional<StaffMember> find(String username) {
        return username == null ? Optional.empty() : store.byUsername(username);
    }

    @Override
    public Optional<StaffMember> find(long id) {
        return store.byId(id);
    }

    @Override
    @Transactional
    public StaffMember create(StaffMember actor, NewStaffAccount account) {
        requireAdmin(actor);
        StaffMember created = createUnchecked(account);
        audit.record(actor.username(), "ACCOUNT_CREATE", "staff", created.username(),
                "role=" + created.role() + " center=" + (created.center() == null ? "-" : created.center().code()));
        return created;
    }

    /** Creates without an actor (the bootstrap administrator). */
    StaffMember createUnchecked(NewStaffAccount account) {
        if (account == null) {
            throw new StaffAccountException(Reason.INVALID, "no account given");
        }
        String username = account.username() == null ? "" : account.username().trim();
        if (!USERNAME.matcher(username).matches()) {
            throw new StaffAccountException(Reason.INVALID,
                    "username must be 3-64 characters: letters, digits, '.', '_', '@', '-'");
        }
        String password = account.password() == null ? "" : account.password();
        passwordPolicy.problem(username, password).ifPresent(problem -> {
            throw new StaffAccountException(Reason.INVALID, problem);
        });
        if (account.role() == null) {
            throw new StaffAccountException(Reason.INVALID, "role must be STAFF or ADMIN");
        }
        if (account.role() == StaffRole.STAFF && account.center() == null) {
            throw new StaffAccountException(Reason.INVALID, "a STAFF account needs a center: kubu or tama");
        }
        if (store.exists(username)) {
            throw new StaffAccountException(Reason.DUPLICATE, "username already taken: " + username);
        }
        String displayName = account.displayName() == null || account.displayName().isBlank()
                ? username : account.displayName().trim();
        if (displayName.length() > 100) {
            throw new StaffAccountException(Reason.INVALID, "display name must be at most 100 characters");
        }
        try {
            long id = store.insert(username, encoder.encode(password), displayName, account.role(), account.center(),
                    Instant.now());
            return store.byId(id).orElseThrow();
        } catch (DuplicateKeyException e) {
            throw new StaffAccountException(Reason.DUPLICATE, "username already taken: " + username);
        }
    }

    @Override
    @Transactional
    public StaffMember setEnabled(StaffMember actor, long id, boolean enabled) {
        requireAdmin(actor);
        StaffMember target = store.byId(id)
                .orElseThrow(() -> new StaffAccountException(Reason.NOT_FOUND, "no such account: " + id));
        if (!enabled && target.id() == actor.id()) {
            throw new StaffAccountException(Reason.INVALID, "you cannot disable your own account");
        }
        store.setEnabled(id, enabled);
        audit.record(actor.username(), enabled ? "ACCOUNT_ENABLE" : "ACCOUNT_DISABLE", "staff", target.username(), null);
        return store.byId(id).orElseThrow();
    }

    @Override
    @Transactional
    public void changeOwnPassword(StaffMember actor, String currentPassword, String newPassword) {
        if (actor == null || !actor.enabled()) {
            throw new StaffAccountException(Reason.FORBIDDEN, "sign in first");
        }
        StaffAccountRows.Credentials credentials = store.credentials(actor.username())
                .orElseThrow(() -> new StaffAccountException(Reason.NOT_FOUND, "no such account"));
        if (currentPassword == null || !encoder.matches(currentPassword, credentials.passwordHash())) {
            throw new StaffAccountException(Reason.FORBIDDEN, "the current password is wrong");
        }
        passwordPolicy.problem(actor.username(), newPassword).ifPresent(problem -> {
            throw new StaffAccountException(Reason.INVALID, problem);
        });
        if (encoder.matches(newPassword, credentials.passwordHash())) {
            throw new StaffAccountException(Reason.INVALID, "choose a password different from the current one");
        }
        store.setPassword(actor.id(), encoder.encode(newPassword), false);
        audit.record(actor.username(), "PASSWORD_CHANGE", "staff", actor.username(), null);
    }

    @Override
    @Transactional
    public String resetPassword(StaffMember actor, long id) {
        requireAdmin(actor);
        StaffMember target = store.byId(id)
                .orElseThrow(() -> new StaffAccountException(Reason.NOT_FOUND, "no such account: " + id));
        if (target.id() == actor.id()) {
            throw new StaffAccountException(Reason.INVALID, "change your own password on your account page");
        }
        String oneTime = oneTimePassword(target.username());
        store.setPassword(id, encoder.encode(oneTime), true);
        audit.record(actor.username(), "PASSWORD_RESET", "staff", target.username(), null);
        return oneTime;
    }

    /** A random one-time password that the password policy takes (a random one almost always is). */
    String oneTimePassword(String username) {
        String password = OneTimePasswords.generate();
        while (passwordPolicy.problem(username, password).isPresent()) {
            password = OneTimePasswords.generate();
        }
        return password;
    }

    private static void requireAdmin(StaffMember actor) {
        if (actor == null || !actor.isAdmin() || !actor.enabled()) {
            throw new StaffAccountException(Reason.FORBIDDEN, "only administrators manage accounts");
        }
    }
}

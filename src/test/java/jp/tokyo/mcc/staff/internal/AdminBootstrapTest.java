package jp.tokyo.mcc.staff.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;


import jp.tokyo.mcc.line.LineChannel;
import jp.tokyo.mcc.staff.NewStaffAccount;
import jp.tokyo.mcc.staff.StaffMember;
import jp.tokyo.mcc.staff.StaffRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/** The first administrator: from the variables, or (local mode only) with a one-time password; never otherwise. */
@ExtendWith(OutputCaptureExtension.class)
class AdminBootstrapTest {

    StaffAccountRows store = mock(StaffAccountRows.class);
    StaffAccountService accounts = mock(StaffAccountService.class);
    LineChannel channel = mock(LineChannel.class);
    TransactionTemplate transaction = new TransactionTemplate() {
        @Override
        public <T> T execute(TransactionCallback<T> action) {
            return action.doInTransaction(new SimpleTransactionStatus());
        }
    };

    AdminBootstrap bootstrap(String username, String password) {
        return new AdminBootstrap(store, accounts, new StaffProperties(username, password),
                transaction, channel);
    }

    @Test
    void inLocalModeTheFirstStartMakesAnAdministratorWithAOneTimePasswordInTheLog(CapturedOutput output) {
        when(channel.isLocalMode()).thenReturn(true);
        when(store.count()).thenReturn(0L);
        when(accounts.createUnchecked(any())).thenReturn(new StaffMember(7, "admin", "admin", StaffRole.ADMIN, null, true, null));
        when(accounts.oneTimePassword("admin")).thenReturn(OneTimePasswords.generate());
        bootstrap(null, null).afterSingletonsInstantiated();
        ArgumentCaptor<NewStaffAccount> created = ArgumentCaptor.forClass(NewStaffAccount.class);
        verify(accounts).createUnchecked(created.capture());
        assertThat(created.getValue().username()).isEqualTo("admin");
        assertThat(created.getValue().role()).isEqualTo(StaffRole.ADMIN);
        assertThat(created.getValue().password()).hasSize(OneTimePasswords.LENGTH);
        verify(store).requirePasswordChange(7);
        assertThat(output.getOut()).contains("one-time password " + created.getValue().password());
    }

    @Test
    void withARealChannelNobodyIsMadeAndNoPasswordIsPrinted(CapturedOutput output) {
        when(channel.isLocalMode()).thenReturn(false);
        when(store.count()).thenReturn(0L);
        bootstrap("", "").afterSingletonsInstantiated();
        verify(accounts, never()).createUnchecked(any());
        assertThat(output.getOut()).contains("set APP_ADMIN_USERNAME").doesNotContain("one-time password");
    }

    @Test
    void notWhenAccountsExistNorWhenTheVariablesNameTheAdministrator(CapturedOutput output) {
        when(channel.isLocalMode()).thenReturn(true);
        when(store.count()).thenReturn(3L);
        bootstrap(null, null).afterSingletonsInstantiated();
        verify(accounts, never()).createUnchecked(any());

        when(store.count()).thenReturn(0L);
        when(accounts.createUnchecked(any())).thenReturn(new StaffMember(1, "boss", "boss", StaffRole.ADMIN, null, true, null));
        bootstrap("boss", "kirin-hatoba-7319").afterSingletonsInstantiated();
        verify(store, never()).requirePasswordChange(1);
        assertThat(output.getOut()).doesNotContain("one-time password");
    }

    @Test
    void oneTimePasswordsDiffer() {
        assertThat(OneTimePasswords.generate()).isNotEqualTo(OneTimePasswords.generate()).matches("[A-Za-z2-9]{16}");
    }
}

/**
 * The application's security chains: the staff API ({@code /api/**}: HTTP Basic or the console's session, JSON
 * errors, CSRF for sessions only), the built-in simulator ({@code /simulator/**}: public in local mode,
 * administrators otherwise; its Messaging API stand-in only for this process's own client) and the console
 * ({@code /console/**}: form login, administrators' pages), everything else denied. LINE's webhook never reaches
 * them (the line module answers it in a filter ahead of them). Accounts and roles are the staff module's.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
package jp.tokyo.mcc.security;

package jp.tokyo.mcc.line;

import jp.tokyo.mcc.CareBotApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The bot with {@link EchoConversation} instead of the conversation engine, as a main class: what {@code KillNineIT}
 * and the outage drain start as a separate process (run with {@code --app.conversation.enabled=false}).
 */
public final class EchoBot {

    private EchoBot() {
    }

    public static void main(String[] args) {
        new SpringApplicationBuilder(CareBotApplication.class, EchoConversation.class).run(args);
    }
}

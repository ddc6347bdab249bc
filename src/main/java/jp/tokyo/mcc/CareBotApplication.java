package jp.tokyo.mcc;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * LINE bot for Tokyo's 医療的ケア児支援センター.
 *
 * <p>Data paths (one module per package):
 * <pre>
 * LINE webhook -> line (webhook, inbox, per-user dispatcher) -> router (safety, open inquiry, conversation)
 *   -> line (outbox) -> LINE
 * conversation (handoff) -> inquiry;  console (staff) -> inquiry -> line (outbox) -> LINE
 * </pre>
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class CareBotApplication {

    public static void main(String[] args) {
        SpringApplication.run(CareBotApplication.class, args);
    }
}

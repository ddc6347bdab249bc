package jp.tokyo.mcc.line.outbox;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.linecorp.bot.messaging.client.MessagingApiClientException;
import com.linecorp.bot.messaging.model.UserProfileResponse;
import jp.tokyo.mcc.line.LineProperties;
import jp.tokyo.mcc.line.Profiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** {@link Profiles} with the LINE SDK's getProfile (the stand-in's for a trial chat). Logs no user id. */
@Component
class LineProfiles implements Profiles {

    private static final Logger log = LoggerFactory.getLogger(LineProfiles.class);

    private final LineApi api;
    private final LineProperties properties;

    LineProfiles(LineApi api, LineProperties properties) {
        this.api = api;
        this.properties = properties;
    }

    @Override
    public Answer language(String userId) {
        try {
            UserProfileResponse profile = api.clientFor(userId).getProfile(userId)
                    .get(properties.sendTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS).body();
            String language = profile == null ? null : profile.language();
            return language == null || language.isBlank() ? new Answer(Outcome.NONE, null)
                    : new Answer(Outcome.FOUND, language);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof MessagingApiClientException refusal && refusal.getCode() >= 400
                    && refusal.getCode() < 500 && refusal.getCode() != 429) {
                log.info("LINE has no profile for a family (HTTP {})", refusal.getCode());
                return new Answer(Outcome.NONE, null);
            }
            log.info("LINE's profile could not be read ({})", e.getCause() == null ? "error"
                    : e.getCause().getClass().getSimpleName());
            return new Answer(Outcome.UNREACHABLE, null);
        } catch (TimeoutException e) {
            log.info("LINE's profile could not be read (timeout)");
            return new Answer(Outcome.UNREACHABLE, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(Outcome.UNREACHABLE, null);
        } catch (RuntimeException e) {
            log.info("LINE's profile could not be read ({})", e.getClass().getSimpleName());
            return new Answer(Outcome.UNREACHABLE, null);
        }
    }
}

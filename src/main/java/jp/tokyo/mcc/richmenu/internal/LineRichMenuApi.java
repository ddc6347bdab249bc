package jp.tokyo.mcc.richmenu.internal;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.linecorp.bot.client.base.Result;
import com.linecorp.bot.client.base.UploadFile;
import com.linecorp.bot.client.base.exception.AbstractLineClientException;
import com.linecorp.bot.messaging.client.MessagingApiBlobClient;
import com.linecorp.bot.messaging.client.MessagingApiClient;
import com.linecorp.bot.messaging.model.MessageAction;
import com.linecorp.bot.messaging.model.RichMenuArea;
import com.linecorp.bot.messaging.model.RichMenuBounds;
import com.linecorp.bot.messaging.model.RichMenuRequest;
import com.linecorp.bot.messaging.model.RichMenuResponse;
import com.linecorp.bot.messaging.model.RichMenuSize;
import jp.tokyo.mcc.line.LineProperties;
import jp.tokyo.mcc.richmenu.RichMenu;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Messaging API calls about rich menus, with the LINE SDK: list, create, delete, the default, on
 * LINE_API_ENDPOINT; the image upload on LINE_API_DATA_ENDPOINT (LINE's data API). Each call waits at most the
 * channel's send timeout; a refusal or an outage is an {@link LineDown} for the caller to retry later.
 */
@Component
class LineRichMenuApi {

    /** Every rich menu this bot makes is named with this and the menu's hash (LINE shows names to no one). */
    static final String NAME_PREFIX = "mcc-line-bot ";

    /** LINE could not be reached or refused; try again later. */
    static final class LineDown extends Exception {
        LineDown(String what, Throwable cause) {
            super(what, cause, false, false);
        }
    }

    private final LineProperties properties;
    private final String dataEndpoint;
    private final boolean wanted;
    private volatile MessagingApiClient client;
    private volatile MessagingApiBlobClient blob;

    LineRichMenuApi(LineProperties properties,
                    @Value("${app.line.api-data-endpoint:https://api-data.line.me}") String dataEndpoint,
                    @Value("${app.rich-menu.enabled:true}") boolean wanted) {
        this.properties = properties;
        this.dataEndpoint = dataEndpoint;
        this.wanted = wanted;
    }

    /**
     * Only a real channel has rich menus (local mode: the simulator shows the menu itself); {@code
     * app.rich-menu.enabled=false} leaves LINE's rich menus alone (the tests that are not about it).
     */
    boolean enabled() {
        return wanted && !properties.localMode() && !properties.channelToken().isBlank();
    }

    static RichMenuRequest request(RichMenu menu) {
        List<RichMenuArea> areas = menu.areas().stream().map(a -> new RichMenuArea(
                new RichMenuBounds((long) a.x(), (long) a.y(), (long) a.width(), (long) a.height()),
                new MessageAction(a.label(), a.text()))).toList();
        return new RichMenuRequest(new RichMenuSize((long) menu.width(), (long) menu.height()), true,
                NAME_PREFIX + menu.hash(), menu.chatBarText(), areas);
    }

    /** The rich menus this bot made (by their name). */
    List<RichMenuResponse> ours() throws LineDown {
        return call("list", client().getRichMenuList()).richmenus().stream()
                .filter(m -> m.name() != null && m.name().startsWith(NAME_PREFIX)).toList();
    }

    Optional<String> defaultId() throws LineDown {
        try {
            return Optional.ofNullable(call("default", client().getDefaultRichMenuId()).richMenuId());
        } catch (LineDown e) {
            if (e.getCause() instanceof AbstractLineClientException refusal && refusal.getCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Creates the menu and uploads its image; a menu left without its image is deleted again. */
    String create(RichMenu menu, byte[] png) throws LineDown {
        String id = call("create", client().createRichMenu(request(menu))).richMenuId();
        try {
            call("image", blob().setRichMenuImage(id, UploadFile.fromByteArray(png, "image/png")));
        } catch (LineDown e) {
            deleteQuietly(id);
            throw e;
        }
        return id;
    }

    void makeDefault(String id) throws LineDown {
        call("set default", client().setDefaultRichMenu(id));
    }

    void delete(String id) throws LineDown {
        call("delete", client().deleteRichMenu(id));
    }

    private void deleteQuietly(String id) {
        try {
            delete(id);
        } catch (LineDown e) {
            // the next attempt finds it by its name and deletes it
        }
    }

    private <T> T call(String what, CompletableFuture<Result<T>> future) throws LineDown {
        try {
            Duration timeout = properties.sendTimeout().plusSeconds(1);
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS).body();
        } catch (ExecutionException e) {
            throw new LineDown(what, e.getCause());
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new LineDown(what + ": timeout", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LineDown(what + ": interrupted", e);
        }
    }

    private MessagingApiClient client() {
        if (client == null) {
            synchronized (this) {
                if (client == null) {
                    client = MessagingApiClient.builder(properties.channelToken())
                            .apiEndPoint(endpoint(properties.apiEndpoint(), "https://api.line.me/"))
                            .connectTimeout(properties.sendTimeout()).readTimeout(properties.sendTimeout())
                            .writeTimeout(properties.sendTimeout()).usingDefaultLogger(false).build();
                }
            }
        }
        return client;
    }

    private MessagingApiBlobClient blob() {
        if (blob == null) {
            synchronized (this) {
                if (blob == null) {
                    blob = MessagingApiBlobClient.builder(properties.channelToken())
                            .apiEndPoint(endpoint(dataEndpoint, "https://api-data.line.me/"))
                            .connectTimeout(properties.sendTimeout()).readTimeout(properties.sendTimeout())
                            .writeTimeout(properties.sendTimeout()).usingDefaultLogger(false).build();
                }
            }
        }
        return blob;
    }

    private static URI endpoint(String configured, String otherwise) {
        String base = configured == null || configured.isBlank() ? otherwise : configured;
        return URI.create(base.endsWith("/") ? base : base + "/");
    }
}

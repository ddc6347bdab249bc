import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The container's health check, so the runtime image needs no curl or wget: exits 0 when
 * {@code http://127.0.0.1:$MANAGEMENT_SERVER_PORT<path>} (the management port, never published; else
 * {@code $SERVER_PORT}) answers 200 with {@code "status":"UP"}, else 1.
 * Usage: {@code java -cp /app/probe HealthProbe /actuator/health/readiness}
 */
public final class HealthProbe {

    public static void main(String[] args) {
        String path = args.length > 0 ? args[0] : "/actuator/health";
        String management = System.getenv("MANAGEMENT_SERVER_PORT");
        String port = management != null && !management.isBlank() && !"0".equals(management) ? management
                : System.getenv().getOrDefault("SERVER_PORT", "8080");
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(5)).GET().build();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            boolean up = response.statusCode() == 200 && response.body().replace(" ", "").contains("\"status\":\"UP\"");
            System.out.println(up ? "UP" : "DOWN (HTTP " + response.statusCode() + ")");
            System.exit(up ? 0 : 1);
        } catch (Exception e) {
            System.out.println("DOWN (" + e.getClass().getSimpleName() + ")");
            System.exit(1);
        }
    }
}

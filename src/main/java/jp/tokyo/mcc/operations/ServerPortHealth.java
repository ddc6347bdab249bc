package jp.tokyo.mcc.operations;

import java.util.Map;
import java.util.Set;

import org.springframework.boot.actuate.autoconfigure.web.server.ConditionalOnManagementPort;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.actuate.health.HealthComponent;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.HttpCodeStatusMapper;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The health answers the public port keeps while the actuator lives on the management port (docs/runbook.md):
 * {@code GET /actuator/health} answers {@code {"status":"UP"}} once the bot can take webhooks (docs/contract.md), and
 * {@code /actuator/health/liveness} and {@code /readiness} the probes' status — the status only, never details, 200
 * when up and 503 when down, exactly as the management port answers them. Metrics are not served here.
 */
@RestController
@ConditionalOnManagementPort(ManagementPortType.DIFFERENT)
class ServerPortHealth {

    private static final Set<String> PROBES = Set.of("liveness", "readiness");

    private final HealthEndpoint health;
    private final HttpCodeStatusMapper codes;

    ServerPortHealth(HealthEndpoint health, HttpCodeStatusMapper codes) {
        this.health = health;
        this.codes = codes;
    }

    @GetMapping(path = "/actuator/health", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> health() {
        return answer(health.health());
    }

    @GetMapping(path = "/actuator/health/{probe}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> probe(@PathVariable String probe) {
        HealthComponent component = PROBES.contains(probe) ? health.healthForPath(probe) : null;
        return component == null ? ResponseEntity.notFound().build() : answer(component);
    }

    private ResponseEntity<Map<String, String>> answer(HealthComponent component) {
        return ResponseEntity.status(codes.getStatusCode(component.getStatus()))
                .body(Map.of("status", component.getStatus().getCode()));
    }
}

package jp.tokyo.mcc.operations;

import java.net.InetAddress;
import java.net.UnknownHostException;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.web.server.ConditionalOnManagementPort;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.boot.actuate.metrics.export.prometheus.PrometheusOutputFormat;
import org.springframework.boot.actuate.metrics.export.prometheus.PrometheusScrapeEndpoint;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /actuator/prometheus} on the public port for a client on this machine only (a scraper or a check on the
 * host itself): the loopback address, not forwarded by a proxy (a forwarded request's address is the client's,
 * {@code server.forward-headers-strategy=native}). Anyone else gets 404, as if nothing were there. The metrics'
 * place is the management port (docs/runbook.md); this spares a process on the host from knowing it.
 */
@RestController
@ConditionalOnManagementPort(ManagementPortType.DIFFERENT)
class LoopbackMetrics {

    private final ObjectProvider<PrometheusScrapeEndpoint> scrape;

    LoopbackMetrics(ObjectProvider<PrometheusScrapeEndpoint> scrape) {
        this.scrape = scrape;
    }

    @GetMapping("/actuator/prometheus")
    ResponseEntity<byte[]> metrics(HttpServletRequest request) {
        PrometheusScrapeEndpoint endpoint = scrape.getIfAvailable();
        if (endpoint == null || !fromThisMachine(request)) {
            return ResponseEntity.notFound().build();
        }
        WebEndpointResponse<byte[]> answer = endpoint.scrape(PrometheusOutputFormat.CONTENT_TYPE_004, null);
        return ResponseEntity.status(answer.getStatus())
                .contentType(MediaType.parseMediaType(PrometheusOutputFormat.CONTENT_TYPE_004.getProducedMimeType().toString()))
                .body(answer.getBody());
    }

    static boolean fromThisMachine(HttpServletRequest request) {
        if (request.getHeader("X-Forwarded-For") != null || request.getHeader("Forwarded") != null) {
            return false;
        }
        try {
            return InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}

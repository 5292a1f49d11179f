package id.slrt.caseengine.notification;

import io.micrometer.common.KeyValues;
import io.micrometer.observation.ObservationRegistry;
import java.net.http.HttpClient;
import java.time.Duration;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.client.observation.ClientRequestObservationContext;
import org.springframework.http.client.observation.DefaultClientRequestObservationConvention;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/** Shared HTTP plumbing of the real senders: a client with timeouts, and which failures are worth a retry. */
final class HttpSendErrors {

    private HttpSendErrors() {
    }

    static RestClient client(String baseUrl, Duration timeout) {
        return client(baseUrl, timeout, ObservationRegistry.NOOP, "none");
    }

    /**
     * With the application's observations: every call is timed as {@code slrt.outbound.requests} at
     * /actuator/prometheus (slrt_outbound_requests_seconds_*), tagged {@code provider} (whatsapp, sms) besides
     * Spring's method, uri, status, outcome, exception and client.name. A name of its own: Prometheus refuses a
     * second set of tags under http.client.requests.
     */
    static RestClient client(String baseUrl, Duration timeout, ObservationRegistry observations, String provider) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(timeout).build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
        factory.setReadTimeout(timeout);
        return RestClient.builder().baseUrl(baseUrl).requestFactory(factory)
                .observationRegistry(observations)
                .observationConvention(new DefaultClientRequestObservationConvention("slrt.outbound.requests") {
                    @Override
                    public KeyValues getLowCardinalityKeyValues(ClientRequestObservationContext context) {
                        return super.getLowCardinalityKeyValues(context).and("provider", provider);
                    }
                })
                .build();
    }

    /**
     * The provider refused the message itself (400, 404, 422): retrying cannot help. Authentication errors,
     * throttling (429), timeouts and server errors are retried: they go away when the provider recovers or
     * the configuration is fixed.
     */
    static boolean isPermanent(HttpStatusCode status) {
        int code = status.value();
        return code == 400 || code == 404 || code == 410 || code == 422;
    }

    static SendFailure translate(String provider, RestClientException e) {
        if (e instanceof RestClientResponseException response) {
            String body = response.getResponseBodyAsString();
            String excerpt = body.length() > 300 ? body.substring(0, 300) : body;
            return new SendFailure(provider + " answered HTTP " + response.getStatusCode().value() + ": " + excerpt,
                    isPermanent(response.getStatusCode()), e);
        }
        if (e instanceof ResourceAccessException) {
            return new SendFailure(provider + " not reachable: " + e.getMessage(), false, e);
        }
        return new SendFailure(provider + " call failed: " + e.getMessage(), false, e);
    }
}

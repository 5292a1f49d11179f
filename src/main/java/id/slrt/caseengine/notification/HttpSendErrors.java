package id.slrt.caseengine.notification;

import java.net.http.HttpClient;
import java.time.Duration;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/** Shared HTTP plumbing of the real senders: a client with timeouts, and which failures are worth a retry. */
final class HttpSendErrors {

    private HttpSendErrors() {
    }

    static RestClient client(String baseUrl, Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(timeout).build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
        factory.setReadTimeout(timeout);
        return RestClient.builder().baseUrl(baseUrl).requestFactory(factory).build();
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

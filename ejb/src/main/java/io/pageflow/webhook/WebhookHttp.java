package io.pageflow.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Posts one attempt: the target checked by the guard again (DNS may answer differently than at registration),
 * the body signed with a fresh timestamp, a deadline of {@code PAGEFLOW_WEBHOOK_TIMEOUT_SECONDS} to connect and
 * again to answer, redirects never followed (they could lead anywhere), and the answer's body never read.
 */
@ApplicationScoped
public class WebhookHttp {

    @Inject
    WebhookSettings settings;

    private HttpClient client;

    @PostConstruct
    void start() {
        client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(settings.timeoutSeconds()))
                .build();
    }

    public Outcome post(DeliveryAttempts.Target target) {
        URI uri;
        try {
            uri = settings.guard().check(target.url());
        } catch (TargetGuard.Refused e) {
            String error = e.code() + ": " + e.getMessage();
            return TargetGuard.UNRESOLVED.equals(e.code()) ? Outcome.noAnswer(error) : Outcome.refused(error);
        }
        if (target.secret() == null) {
            return Outcome.refused("NO_CALLBACK_SECRET: PAGEFLOW_WEBHOOK_CALLBACK_SECRET is not set, nothing can sign the callback");
        }
        long now = System.currentTimeMillis() / 1000;
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(settings.timeoutSeconds()))
                .header("Content-Type", "application/json")
                .header("User-Agent", "Pageflow-Webhooks/1")
                .header("Pageflow-Event", target.event())
                .header("Pageflow-Delivery", target.id())
                .header(WebhookSignature.HEADER, WebhookSignature.header(target.secret(), now, target.body()))
                .POST(HttpRequest.BodyPublishers.ofString(target.body()))
                .build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            response.body().close(); // the status is all that counts; a receiver cannot keep us reading
            return Outcome.ofStatus(response.statusCode());
        } catch (HttpTimeoutException e) {
            return Outcome.noAnswer("TIMEOUT: no answer within " + settings.timeoutSeconds() + " s");
        } catch (ConnectException e) {
            return Outcome.noAnswer("CONNECTION_FAILED: " + e.getMessage());
        } catch (IOException e) {
            return Outcome.noAnswer("IO_ERROR: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.noAnswer("INTERRUPTED: the server is stopping");
        }
    }
}

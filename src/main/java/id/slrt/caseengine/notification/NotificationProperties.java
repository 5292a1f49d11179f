package id.slrt.caseengine.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code slrt.notification.*}: the outbox dispatcher and the sender adapters. */
@ConfigurationProperties("slrt.notification")
public class NotificationProperties {

    private final Dispatcher dispatcher = new Dispatcher();
    private final WhatsApp whatsapp = new WhatsApp();
    private final Sms sms = new Sms();

    public Dispatcher getDispatcher() {
        return dispatcher;
    }

    public WhatsApp getWhatsapp() {
        return whatsapp;
    }

    public Sms getSms() {
        return sms;
    }

    public static class Dispatcher {
        /** Run the background dispatcher (off in tests, which call dispatchOnce themselves). */
        private boolean enabled = true;
        private Duration interval = Duration.ofSeconds(5);
        private int batchSize = 20;
        /** How long a claimed message stays reserved for one instance; after that another may send it. */
        private Duration lease = Duration.ofMinutes(2);
        private int maxAttempts = 8;
        private Duration initialBackoff = Duration.ofSeconds(30);
        private Duration maxBackoff = Duration.ofHours(2);

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public Duration getInterval() {
            return interval;
        }

        public void setInterval(Duration interval) {
            this.interval = interval;
        }

        public int getBatchSize() {
            return batchSize;
        }

        public void setBatchSize(int batchSize) {
            this.batchSize = batchSize;
        }

        public Duration getLease() {
            return lease;
        }

        public void setLease(Duration lease) {
            this.lease = lease;
        }

        public int getMaxAttempts() {
            return maxAttempts;
        }

        public void setMaxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
        }

        public Duration getInitialBackoff() {
            return initialBackoff;
        }

        public void setInitialBackoff(Duration initialBackoff) {
            this.initialBackoff = initialBackoff;
        }

        public Duration getMaxBackoff() {
            return maxBackoff;
        }

        public void setMaxBackoff(Duration maxBackoff) {
            this.maxBackoff = maxBackoff;
        }
    }

    public static class WhatsApp {
        /** {@code local} (records messages, the embedded default) or {@code cloud} (WhatsApp Cloud API). */
        private String sender;
        private String graphBaseUrl = "https://graph.facebook.com";
        /** v25.0: released 2026-02-18, available until 2028-07-29 (v21.0 ends 2027-01-21). */
        private String apiVersion = "v25.0";
        private String phoneNumberId;
        private String accessToken;
        private Duration timeout = Duration.ofSeconds(10);
        /** Free text is accepted this long after the citizen's last inbound message; later only templates. */
        private Duration customerServiceWindow = Duration.ofHours(24);
        private final Templates templates = new Templates();

        public Duration getCustomerServiceWindow() {
            return customerServiceWindow;
        }

        public void setCustomerServiceWindow(Duration customerServiceWindow) {
            this.customerServiceWindow = customerServiceWindow;
        }

        public Templates getTemplates() {
            return templates;
        }

        public String getSender() {
            return sender;
        }

        public void setSender(String sender) {
            this.sender = sender;
        }

        public String getGraphBaseUrl() {
            return graphBaseUrl;
        }

        public void setGraphBaseUrl(String graphBaseUrl) {
            this.graphBaseUrl = graphBaseUrl;
        }

        public String getApiVersion() {
            return apiVersion;
        }

        public void setApiVersion(String apiVersion) {
            this.apiVersion = apiVersion;
        }

        public String getPhoneNumberId() {
            return phoneNumberId;
        }

        public void setPhoneNumberId(String phoneNumberId) {
            this.phoneNumberId = phoneNumberId;
        }

        public String getAccessToken() {
            return accessToken;
        }

        public void setAccessToken(String accessToken) {
            this.accessToken = accessToken;
        }

        public Duration getTimeout() {
            return timeout;
        }

        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }
    }

    public static class Sms {
        /** {@code local} (records messages, the embedded default) or {@code gateway} (HTTP SMS gateway). */
        private String sender;
        private String gatewayUrl;
        private String apiToken;
        private Duration timeout = Duration.ofSeconds(10);

        public String getSender() {
            return sender;
        }

        public void setSender(String sender) {
            this.sender = sender;
        }

        public String getGatewayUrl() {
            return gatewayUrl;
        }

        public void setGatewayUrl(String gatewayUrl) {
            this.gatewayUrl = gatewayUrl;
        }

        public String getApiToken() {
            return apiToken;
        }

        public void setApiToken(String apiToken) {
            this.apiToken = apiToken;
        }

        public Duration getTimeout() {
            return timeout;
        }

        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }
    }

    /** One approved template per {@link MessageType}. */
    public static class Templates {
        private final Template acknowledgement = new Template();
        private final Template firstResponse = new Template();
        private final Template finalAnswer = new Template();
        private final Template surveyInvitation = new Template();
        private final Template reply = new Template();
        private final Template caseUpdate = new Template();

        public Template getAcknowledgement() {
            return acknowledgement;
        }

        public Template getFirstResponse() {
            return firstResponse;
        }

        public Template getFinalAnswer() {
            return finalAnswer;
        }

        public Template getSurveyInvitation() {
            return surveyInvitation;
        }

        public Template getReply() {
            return reply;
        }

        public Template getCaseUpdate() {
            return caseUpdate;
        }

        public Template of(MessageType type) {
            return switch (type) {
                case ACKNOWLEDGEMENT -> acknowledgement;
                case FIRST_RESPONSE -> firstResponse;
                case FINAL_ANSWER -> finalAnswer;
                case SURVEY_INVITATION -> surveyInvitation;
                case REPLY -> reply;
                case CASE_UPDATE -> caseUpdate;
            };
        }
    }

    /**
     * An approved WhatsApp template: its name at Meta, its language code, and which message values fill its
     * body placeholders {{1}}, {{2}}, ... in order ({@code registrationNumber}, {@code message}, or a value the
     * sending step gave).
     */
    public static class Template {
        private String name;
        private String language = "id";
        private java.util.List<String> parameters = new java.util.ArrayList<>();

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getLanguage() {
            return language;
        }

        public void setLanguage(String language) {
            this.language = language;
        }

        public java.util.List<String> getParameters() {
            return parameters;
        }

        public void setParameters(java.util.List<String> parameters) {
            this.parameters = parameters;
        }
    }
}

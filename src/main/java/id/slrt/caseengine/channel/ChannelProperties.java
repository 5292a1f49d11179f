package id.slrt.caseengine.channel;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code slrt.channels.*}: the citizen channels (WhatsApp and SMS webhooks). */
@ConfigurationProperties("slrt.channels")
public class ChannelProperties {

    /** Regency (4 digits) of the office that receives WhatsApp and SMS reports; cases are numbered under it. */
    private String regionCode = "3516";
    private final WhatsApp whatsapp = new WhatsApp();
    private final Sms sms = new Sms();

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public WhatsApp getWhatsapp() {
        return whatsapp;
    }

    public Sms getSms() {
        return sms;
    }

    public static class WhatsApp {
        /** Meta app secret: key of the X-Hub-Signature-256 HMAC. */
        private String appSecret;
        /** Token Meta echoes in the GET verification handshake. */
        private String verifyToken;
        /** Where media messages' files come from: local (stand-in), cloud (Cloud API); empty: by database. */
        private String media;
        /** Cloud API base address and version for media downloads. */
        private String graphBaseUrl = "https://graph.facebook.com";
        private String apiVersion = "v25.0";
        /** The business's access token (the same as the sender's). */
        private String accessToken;
        /** Largest media file fetched. */
        private org.springframework.util.unit.DataSize maxMediaSize = org.springframework.util.unit.DataSize.ofMegabytes(16);

        public String getMedia() {
            return media;
        }

        public void setMedia(String media) {
            this.media = media;
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

        public String getAccessToken() {
            return accessToken;
        }

        public void setAccessToken(String accessToken) {
            this.accessToken = accessToken;
        }

        public org.springframework.util.unit.DataSize getMaxMediaSize() {
            return maxMediaSize;
        }

        public void setMaxMediaSize(org.springframework.util.unit.DataSize maxMediaSize) {
            this.maxMediaSize = maxMediaSize;
        }

        public String getAppSecret() {
            return appSecret;
        }

        public void setAppSecret(String appSecret) {
            this.appSecret = appSecret;
        }

        public String getVerifyToken() {
            return verifyToken;
        }

        public void setVerifyToken(String verifyToken) {
            this.verifyToken = verifyToken;
        }
    }

    public static class Sms {
        /** Shared secret of the SMS gateway: key of the X-Signature-256 HMAC. */
        private String webhookSecret;

        public String getWebhookSecret() {
            return webhookSecret;
        }

        public void setWebhookSecret(String webhookSecret) {
            this.webhookSecret = webhookSecret;
        }
    }
}

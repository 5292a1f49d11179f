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

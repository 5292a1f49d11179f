package id.slrt.caseengine.channel;

import id.slrt.caseengine.platform.EmbeddedDatabaseCondition;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The webhook secrets. Configured values win; on the embedded default (development) unset values fall back to
 * the published development secrets below. Against an external database there is no fallback: an
 * unconfigured channel answers 503 and accepts nothing.
 */
@Component
@EnableConfigurationProperties(ChannelProperties.class)
public class ChannelSecrets {

    public static final String DEV_WHATSAPP_APP_SECRET = "dev-whatsapp-app-secret";
    public static final String DEV_WHATSAPP_VERIFY_TOKEN = "dev-verify-token";
    public static final String DEV_SMS_WEBHOOK_SECRET = "dev-sms-webhook-secret";

    private static final Logger log = LoggerFactory.getLogger(ChannelSecrets.class);

    private final String whatsappAppSecret;
    private final String whatsappVerifyToken;
    private final String smsWebhookSecret;

    public ChannelSecrets(ChannelProperties properties, Environment environment) {
        boolean embedded = EmbeddedDatabaseCondition.isEmbedded(environment);
        this.whatsappAppSecret = pick(properties.getWhatsapp().getAppSecret(), DEV_WHATSAPP_APP_SECRET, embedded,
                "WHATSAPP_APP_SECRET");
        this.whatsappVerifyToken = pick(properties.getWhatsapp().getVerifyToken(), DEV_WHATSAPP_VERIFY_TOKEN, embedded,
                "WHATSAPP_VERIFY_TOKEN");
        this.smsWebhookSecret = pick(properties.getSms().getWebhookSecret(), DEV_SMS_WEBHOOK_SECRET, embedded,
                "SMS_WEBHOOK_SECRET");
    }

    public Optional<String> whatsappAppSecret() {
        return Optional.ofNullable(whatsappAppSecret);
    }

    public Optional<String> whatsappVerifyToken() {
        return Optional.ofNullable(whatsappVerifyToken);
    }

    public Optional<String> smsWebhookSecret() {
        return Optional.ofNullable(smsWebhookSecret);
    }

    private static String pick(String configured, String development, boolean embedded, String variable) {
        if (StringUtils.hasText(configured)) {
            return configured;
        }
        if (embedded) {
            log.warn("{} not set: using the development default (embedded database only)", variable);
            return development;
        }
        log.warn("{} not set: this webhook refuses every request until it is configured", variable);
        return null;
    }
}

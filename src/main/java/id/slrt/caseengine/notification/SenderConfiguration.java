package id.slrt.caseengine.notification;

import id.slrt.caseengine.platform.EmbeddedDatabaseCondition;
import id.slrt.caseengine.system.OfficeClock;
import io.micrometer.observation.ObservationRegistry;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.StringUtils;

/**
 * Chooses the sender of each channel. {@code slrt.notification.whatsapp.sender} is {@code local} or
 * {@code cloud}, {@code slrt.notification.sms.sender} is {@code local} or {@code gateway}; left empty, the
 * embedded default records messages locally and an external-database deployment uses the real providers.
 * A real provider whose settings are missing gets an {@link UnconfiguredSender}: the app still starts (with a
 * warning), messages wait and are retried, and end FAILED (re-queueable) if nobody configures the channel.
 */
@Configuration
@EnableConfigurationProperties(NotificationProperties.class)
public class SenderConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SenderConfiguration.class);

    @Bean
    MessageSenders messageSenders(NotificationProperties properties, JdbcClient jdbc, OfficeClock clock,
                                  Environment environment, ObjectProvider<ObservationRegistry> observationRegistry) {
        ObservationRegistry observations = observationRegistry.getIfAvailable(() -> ObservationRegistry.NOOP);
        boolean embedded = EmbeddedDatabaseCondition.isEmbedded(environment);
        LocalRecordingSender local = new LocalRecordingSender(jdbc, clock);

        NotificationProperties.WhatsApp wa = properties.getWhatsapp();
        String waMode = mode(wa.getSender(), embedded ? "local" : "cloud");
        MessageSender whatsapp = switch (waMode) {
            case "local" -> local;
            case "cloud" -> configured(wa.getPhoneNumberId(), wa.getAccessToken())
                    ? new WhatsAppCloudSender(wa, observations)
                    : unconfigured("WhatsApp Cloud API", "WHATSAPP_PHONE_NUMBER_ID and WHATSAPP_ACCESS_TOKEN");
            default -> throw new IllegalStateException("slrt.notification.whatsapp.sender must be local or cloud, not " + waMode);
        };

        NotificationProperties.Sms sms = properties.getSms();
        String smsMode = mode(sms.getSender(), embedded ? "local" : "gateway");
        MessageSender smsSender = switch (smsMode) {
            case "local" -> local;
            case "gateway" -> configured(sms.getGatewayUrl(), sms.getApiToken())
                    ? new SmsGatewaySender(sms, observations)
                    : unconfigured("SMS gateway", "SMS_GATEWAY_URL and SMS_GATEWAY_TOKEN");
            default -> throw new IllegalStateException("slrt.notification.sms.sender must be local or gateway, not " + smsMode);
        };
        MessageSenders senders = new MessageSenders(Map.of("WHATSAPP", whatsapp, "SMS", smsSender));
        log.info("Notification senders: {}", senders.describe());
        return senders;
    }

    private static String mode(String configured, String fallback) {
        return StringUtils.hasText(configured) ? configured.trim().toLowerCase(java.util.Locale.ROOT) : fallback;
    }

    private static boolean configured(String... values) {
        for (String value : values) {
            if (!StringUtils.hasText(value)) {
                return false;
            }
        }
        return true;
    }

    private static MessageSender unconfigured(String provider, String settings) {
        log.warn("{} is not configured (set {}): its messages stay in the outbox and are retried", provider, settings);
        return new UnconfiguredSender(provider, settings);
    }
}

package id.slrt.caseengine.channel;

import id.slrt.caseengine.platform.EmbeddedDatabaseCondition;
import java.util.Locale;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * {@code slrt.channels.whatsapp.media}: {@code local} (the stand-in) or {@code cloud} (the Cloud API); left empty,
 * the embedded default uses the stand-in and an external-database deployment the Cloud API.
 */
public final class WhatsAppMediaMode {

    private WhatsAppMediaMode() {
    }

    static boolean local(ConditionContext context) {
        String mode = context.getEnvironment().getProperty("slrt.channels.whatsapp.media", "").strip()
                .toLowerCase(Locale.ROOT);
        return mode.isEmpty() ? EmbeddedDatabaseCondition.isEmbedded(context.getEnvironment()) : mode.equals("local");
    }

    /** The stand-in's condition. */
    public static class Local implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return local(context);
        }
    }

    /** The Cloud API adapter's condition. */
    public static class Cloud implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !local(context);
        }
    }
}

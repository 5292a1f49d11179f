package id.slrt.caseengine.notification;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Free text or template: WhatsApp accepts free text only within the customer-service window (24 hours from the
 * citizen's last inbound message, on the office clock at send time); outside it the message goes as the approved
 * template of its {@link MessageType}. A message whose type has no template configured is refused here
 * (permanently), so the dispatcher records why and the SMS fallback can take over.
 */
public class WhatsAppForms {

    /** WhatsApp refuses a template parameter with a newline or tab, or more than four spaces in a row. */
    static final int MAX_PARAMETER = 1000;

    private final NotificationProperties.WhatsApp config;

    public WhatsAppForms(NotificationProperties.WhatsApp config) {
        this.config = config;
    }

    public static boolean withinWindow(OffsetDateTime lastInboundAt, OffsetDateTime now, Duration window) {
        return lastInboundAt != null && !lastInboundAt.isAfter(now) && now.isBefore(lastInboundAt.plus(window));
    }

    /** The message as it must be sent at {@code now}; only WhatsApp messages are touched. */
    public OutboundMessage prepare(OutboundMessage message, OffsetDateTime now) throws SendFailure {
        if (!"WHATSAPP".equals(message.channel())
                || withinWindow(message.lastInboundAt(), now, config.getCustomerServiceWindow())) {
            return message;
        }
        NotificationProperties.Template template = config.getTemplates().of(message.type());
        if (template.getName() == null || template.getName().isBlank()) {
            throw new SendFailure("Outside the 24-hour WhatsApp window and no template configured for "
                    + message.type() + " (slrt.notification.whatsapp.templates)", true);
        }
        List<String> values = new ArrayList<>();
        for (String parameter : template.getParameters()) {
            String value = "message".equals(parameter) ? message.body() : message.parameters().get(parameter);
            values.add(clean(value));
        }
        return message.withTemplate(new OutboundMessage.TemplateCall(template.getName(), template.getLanguage(),
                List.copyOf(values)));
    }

    static String clean(String value) {
        if (value == null || value.isBlank()) {
            return "-";
        }
        String flat = value.replaceAll("[\\t\\r\\n]+", " ").replaceAll(" {4,}", "   ").strip();
        return flat.length() > MAX_PARAMETER ? flat.substring(0, MAX_PARAMETER - 1) + "…" : flat;
    }
}

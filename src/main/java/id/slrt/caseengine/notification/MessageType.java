package id.slrt.caseengine.notification;

import java.util.Locale;

/**
 * What an outbound message is for. Outside WhatsApp's 24-hour window each type goes as its own approved template
 * ({@code slrt.notification.whatsapp.templates.<type>}); the texts to submit to Meta are in
 * docs/whatsapp-templates.md.
 */
public enum MessageType {
    /** Registration number right after intake. */
    ACKNOWLEDGEMENT,
    /** The triage answer (first response within 3 working days). */
    FIRST_RESPONSE,
    /** The final answer; the citizen may answer back. */
    FINAL_ANSWER,
    /** The survey link at closure. */
    SURVEY_INVITATION,
    /** A reply to a message the citizen just sent (status answers, help). */
    REPLY,
    /** Anything else a process step tells the citizen. */
    CASE_UPDATE;

    /** {@code FINAL_ANSWER}, {@code final-answer} or {@code finalAnswer}; blank or unknown is CASE_UPDATE. */
    public static MessageType parse(String value) {
        if (value == null || value.isBlank()) {
            return CASE_UPDATE;
        }
        String key = value.strip().replaceAll("([a-z])([A-Z])", "$1_$2").replace('-', '_').toUpperCase(Locale.ROOT);
        for (MessageType type : values()) {
            if (type.name().equals(key)) {
                return type;
            }
        }
        return CASE_UPDATE;
    }
}

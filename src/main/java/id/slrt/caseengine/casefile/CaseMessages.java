package id.slrt.caseengine.casefile;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The messages sent to the citizen of a case and what became of them, for the case page. Implemented by the
 * notification feature (which depends on casefile, not the other way round).
 */
public interface CaseMessages {

    /** One outbound message: {@code deliveryStatus} is the furthest the provider reported (null: no report yet). */
    record Line(long outboxId, OffsetDateTime createdAt, String channel, String messageType, String sentAs,
                String status, String deliveryStatus, OffsetDateTime deliveryStatusAt, String error,
                Long fallbackOf) {
    }

    List<Line> forCase(String registrationNumber);
}

package id.slrt.caseengine.casefile;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A case as shown to staff: the case file, its people, its open tasks and its event log, its category and its
 * links to other cases. When {@code reporterConfidential} is true only the supervisor group sees the reporter.
 */
public record CaseView(String registrationNumber, String serviceType, String processKey, String channel,
                       RegionRef region, String status, String statusLabel, String currentStep,
                       OffsetDateTime currentDeadline, String description, String outcome,
                       OffsetDateTime openedAt, OffsetDateTime closedAt, String processInstanceId,
                       Person subject, Person reporter, List<Person> familyContacts,
                       List<TaskRef> tasks, List<EventRef> events,
                       String category, boolean reporterConfidential, List<CaseLinkRepository.LinkedCase> links,
                       List<PpksRef> ppks) {

    /** A PPKS type the case carries; {@code source} INTAKE, SERVICE (the catalogue's suggestion) or ASSESSMENT. */
    public record PpksRef(String code, String label, String source) {
    }

    public record RegionRef(String code, String name, String provinceCode, String provinceName) {
    }

    public record Person(String nik, String kkNumber, String name, LocalDate birthDate, String sex, String address,
                         String phone, String relationship, String nikRegionName) {
    }

    public record TaskRef(String id, String name, String taskDefinitionKey, String assignee,
                          OffsetDateTime created, OffsetDateTime due) {
    }

    public record EventRef(OffsetDateTime occurredAt, String type, String step, String actor, Map<String, Object> details) {
    }
}

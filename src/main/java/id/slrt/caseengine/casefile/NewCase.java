package id.slrt.caseengine.casefile;

import java.util.List;

/**
 * A validated case about to be registered. {@code ppksTypes} are codes of bpmn/ppks-types.dmn; {@code ppksSource}
 * says who chose them (INTAKE, or SERVICE when the intake chose none and the catalogue suggested them).
 */
public record NewCase(String serviceType, String processKey, String channel, String regionCode,
                      PersonData subject, PersonData reporter, String description, String createdBy,
                      List<String> ppksTypes, String ppksSource) {

    public NewCase(String serviceType, String processKey, String channel, String regionCode, PersonData subject,
                   PersonData reporter, String description, String createdBy) {
        this(serviceType, processKey, channel, regionCode, subject, reporter, description, createdBy, List.of(), null);
    }
}

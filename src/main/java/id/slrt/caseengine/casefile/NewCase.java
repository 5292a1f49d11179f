package id.slrt.caseengine.casefile;

/** A validated case about to be registered. */
public record NewCase(String serviceType, String processKey, String channel, String regionCode,
                      PersonData subject, PersonData reporter, String description, String createdBy) {
}

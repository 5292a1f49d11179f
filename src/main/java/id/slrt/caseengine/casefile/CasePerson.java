package id.slrt.caseengine.casefile;

/** A row of {@code slrt.case_person}. */
public record CasePerson(long id, long caseId, PersonRole role, PersonData data) {
}

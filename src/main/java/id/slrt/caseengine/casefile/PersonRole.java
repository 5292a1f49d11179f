package id.slrt.caseengine.casefile;

public enum PersonRole {
    SUBJECT, REPORTER, FAMILY_CONTACT
}

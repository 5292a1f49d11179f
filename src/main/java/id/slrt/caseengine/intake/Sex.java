package id.slrt.caseengine.intake;

public enum Sex {
    M, F
}

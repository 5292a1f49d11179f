package id.slrt.caseengine.intake;

/** How the report reached the office. */
public enum Channel {
    WALK_IN, PHONE, WHATSAPP, SMS, WEB, PUSKESOS
}

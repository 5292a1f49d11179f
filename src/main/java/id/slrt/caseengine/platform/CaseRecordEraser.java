package id.slrt.caseengine.platform;

/**
 * A feature's part of a closed case file that the retention job erases once the case's retention period has ended
 * (and no legal hold stops it). Each feature that keeps personal records of a case (documents, letters, people,
 * audit) implements this, so retention needs to know no feature.
 */
public interface CaseRecordEraser {

    /** A short name for the retention log, for example {@code documents}. */
    String part();

    /** Removes or anonymises this feature's records of the case, in the caller's transaction; returns rows touched. */
    int erase(long caseId);
}

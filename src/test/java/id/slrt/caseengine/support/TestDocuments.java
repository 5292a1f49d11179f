package id.slrt.caseengine.support;

import id.slrt.caseengine.documents.CaseDocuments;
import java.nio.charset.StandardCharsets;

/** The KTP and KK scans an operator attaches, for stories whose verification requires them. */
public final class TestDocuments {

    private TestDocuments() {
    }

    public static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text + "\ntrailer <<>>\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    public static void attach(CaseDocuments documents, String registrationNumber, String... kinds) {
        for (String kind : kinds) {
            documents.upload(registrationNumber, new CaseDocuments.Upload(kind, kind.toLowerCase() + ".pdf",
                    pdf("pindaian " + kind), null));
        }
    }

    /** KTP and KK, the identity documents the Puskesos and BPJS PBI verifications require. */
    public static void attachIdentityDocuments(CaseDocuments documents, String registrationNumber) {
        attach(documents, registrationNumber, "KTP", "KK");
    }
}

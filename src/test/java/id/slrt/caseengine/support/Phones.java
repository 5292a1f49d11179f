package id.slrt.caseengine.support;

import java.util.concurrent.ThreadLocalRandom;

/** Distinct Indonesian mobile numbers, so tests sharing one database never see each other's reporters. */
public final class Phones {

    private Phones() {
    }

    /** International digits as WhatsApp sends them, for example {@code 6281312345678}. */
    public static String randomWhatsAppId() {
        return "62813" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}

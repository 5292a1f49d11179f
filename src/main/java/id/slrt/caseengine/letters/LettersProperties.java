package id.slrt.caseengine.letters;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code slrt.letters.*}: the letterhead (kop surat) and signing official of each office, the letter number pattern,
 * the public address the QR code points to, and the limits of the public verification page.
 */
@ConfigurationProperties("slrt.letters")
public class LettersProperties {

    /** The public address of the office's site (the QR code links to {@code <public-base-url>/verifikasi/<code>}). */
    private String publicBaseUrl = "http://localhost:8080";
    /**
     * The letter number: {classification}, {sequence} (4 digits), {unit}, {month} (Roman), {year}; for example
     * {@code {classification}/{sequence}/{unit}/{month}/{year}} gives 400.9/0123/Dinsos/XII/2026.
     */
    private String numberPattern = "{classification}/{sequence}/{unit}/{month}/{year}";
    /** Archive classification code of a letter type not listed in {@link #classifications}. */
    private String defaultClassification = "400.9";
    /** Archive classification code per letter type (file name of its template without .html). */
    private Map<String, String> classifications = new LinkedHashMap<>();
    /** The letterhead and signer of each regency's office; a case of a regency not listed uses the first. */
    private List<Office> offices = new ArrayList<>();
    /** Requests to the verification page per client address per window. */
    private int verificationPerClient = 30;
    private Duration verificationWindow = Duration.ofMinutes(10);

    public static class Office {
        /** Regency code (4 digits) whose cases this office issues letters for. */
        private String regencyCode;
        /** Upper line of the letterhead, for example PEMERINTAH KABUPATEN MOJOKERTO. */
        private String government;
        /** The office, for example DINAS SOSIAL. */
        private String name;
        /** Unit in the letter number, for example Dinsos. */
        private String unit = "Dinsos";
        private String address;
        private String contact;
        /** Place written before the date ("Mojokerto, 3 Desember 2026"). */
        private String city;
        /** A PNG or JPEG file (path on disk, or classpath:...) for the letterhead; empty: no logo. */
        private String logo;
        private String signerName;
        private String signerNip;
        private String signerPosition;

        public String getRegencyCode() { return regencyCode; }
        public void setRegencyCode(String regencyCode) { this.regencyCode = regencyCode; }
        public String getGovernment() { return government; }
        public void setGovernment(String government) { this.government = government; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getUnit() { return unit; }
        public void setUnit(String unit) { this.unit = unit; }
        public String getAddress() { return address; }
        public void setAddress(String address) { this.address = address; }
        public String getContact() { return contact; }
        public void setContact(String contact) { this.contact = contact; }
        public String getCity() { return city; }
        public void setCity(String city) { this.city = city; }
        public String getLogo() { return logo; }
        public void setLogo(String logo) { this.logo = logo; }
        public String getSignerName() { return signerName; }
        public void setSignerName(String signerName) { this.signerName = signerName; }
        public String getSignerNip() { return signerNip; }
        public void setSignerNip(String signerNip) { this.signerNip = signerNip; }
        public String getSignerPosition() { return signerPosition; }
        public void setSignerPosition(String signerPosition) { this.signerPosition = signerPosition; }
    }

    /** The office of a regency, or the first one configured. */
    public Office officeFor(String regencyCode) {
        if (offices.isEmpty()) {
            throw new IllegalStateException("slrt.letters.offices is empty: no letterhead configured");
        }
        return offices.stream().filter(o -> regencyCode != null && regencyCode.equals(o.getRegencyCode())).findFirst()
                .orElse(offices.get(0));
    }

    public String classificationOf(String letterType) {
        return classifications.getOrDefault(letterType, defaultClassification);
    }

    public String verificationUrl(String code) {
        return publicBaseUrl.replaceAll("/+$", "") + "/verifikasi/" + code;
    }

    public String getPublicBaseUrl() { return publicBaseUrl; }
    public void setPublicBaseUrl(String publicBaseUrl) { this.publicBaseUrl = publicBaseUrl; }
    public String getNumberPattern() { return numberPattern; }
    public void setNumberPattern(String numberPattern) { this.numberPattern = numberPattern; }
    public String getDefaultClassification() { return defaultClassification; }
    public void setDefaultClassification(String defaultClassification) { this.defaultClassification = defaultClassification; }
    public Map<String, String> getClassifications() { return classifications; }
    public void setClassifications(Map<String, String> classifications) { this.classifications = classifications; }
    public List<Office> getOffices() { return offices; }
    public void setOffices(List<Office> offices) { this.offices = offices; }
    public int getVerificationPerClient() { return verificationPerClient; }
    public void setVerificationPerClient(int verificationPerClient) { this.verificationPerClient = verificationPerClient; }
    public Duration getVerificationWindow() { return verificationWindow; }
    public void setVerificationWindow(Duration verificationWindow) { this.verificationWindow = verificationWindow; }
}

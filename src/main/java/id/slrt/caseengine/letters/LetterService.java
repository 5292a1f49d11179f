package id.slrt.caseengine.letters;

import id.slrt.caseengine.audit.CaseAudit;
import id.slrt.caseengine.casefile.CaseFileRepository;
import id.slrt.caseengine.casefile.CaseRecord;
import id.slrt.caseengine.casefile.CaseStatusService;
import id.slrt.caseengine.documents.CaseDocuments;
import id.slrt.caseengine.documents.StoredDocument;
import id.slrt.caseengine.system.CurrentActor;
import id.slrt.caseengine.system.InvalidInputException;
import id.slrt.caseengine.system.NotFoundException;
import id.slrt.caseengine.system.OfficeClock;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues a letter: the next number of the office and year, the template filled from the case file, the PDF/A with
 * its QR code, its SHA-256, and the register row, all in one transaction (a failure anywhere gives the number back).
 * The PDF is stored as a case document of kind {@code LETTER} (immutable, sealed like every document); the register
 * keeps number, type, SHA-256 and the document's id. An issued letter is never changed; {@link #correct} issues a
 * new letter that names the one it replaces.
 */
@Service
@EnableConfigurationProperties(LettersProperties.class)
public class LetterService {

    private static final char[] CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final LettersProperties properties;
    private final LetterTemplates templates;
    private final LetterNumbers numbers;
    private final LetterRegister register;
    private final LetterData data;
    private final LetterRenderer renderer;
    private final CaseFileRepository cases;
    private final CaseStatusService statuses;
    private final OfficeClock clock;
    private final CurrentActor actor;
    private final CaseDocuments documents;
    private final CaseAudit audit;
    private final SecureRandom random = new SecureRandom();

    /** The kind of case document an issued letter is stored as (bpmn/document-kinds.dmn). */
    public static final String DOCUMENT_KIND = "LETTER";

    public LetterService(LettersProperties properties, LetterTemplates templates, LetterNumbers numbers,
                         LetterRegister register, LetterData data, LetterRenderer renderer, CaseFileRepository cases,
                         CaseStatusService statuses, OfficeClock clock, CurrentActor actor, CaseDocuments documents,
                         CaseAudit audit) {
        this.documents = documents;
        this.audit = audit;
        this.properties = properties;
        this.templates = templates;
        this.numbers = numbers;
        this.register = register;
        this.data = data;
        this.renderer = renderer;
        this.cases = cases;
        this.statuses = statuses;
        this.clock = clock;
        this.actor = actor;
    }

    /** Issues a letter of this type for the case, with the template of the deployment (or the bundled one). */
    @Transactional
    public LetterRegister.Letter issue(long caseId, String letterType, String deploymentId, String step) {
        return issue(caseId, letterType, deploymentId, null, step, null, null);
    }

    /** The same, with the office's own text for the letter ({@code surat.isi}, the answer to a complaint). */
    @Transactional
    public LetterRegister.Letter issue(long caseId, String letterType, String deploymentId, String step, String body) {
        return issue(caseId, letterType, deploymentId, null, step, body, null);
    }

    /** Issues a new letter of the same type from the case file as it is now, replacing {@code letterId}. */
    @Transactional
    public LetterRegister.Letter correct(long letterId, String deploymentId) {
        return correct(letterId, deploymentId, null);
    }

    /** The same, with the reason a supervisor gives (kept in the case's event log). */
    @Transactional
    public LetterRegister.Letter correct(long letterId, String deploymentId, String reason) {
        LetterRegister.Letter old = register.find(letterId)
                .orElseThrow(() -> new NotFoundException("Surat " + letterId + " tidak ditemukan"));
        if (old.replacedById() != null) {
            throw new InvalidInputException("letterId", "ALREADY_REPLACED", "surat " + old.letterNumber()
                    + " sudah diganti dengan surat " + old.replacedByNumber() + "; koreksi surat pengganti itu");
        }
        return issue(old.caseId(), old.letterType(), deploymentId, old, "Koreksi surat", old.body(), reason);
    }

    private LetterRegister.Letter issue(long caseId, String letterType, String deploymentId,
                                        LetterRegister.Letter replaces, String step, String body,
                                        String reason) {
        CaseRecord c = cases.findById(caseId)
                .orElseThrow(() -> new NotFoundException("Kasus " + caseId + " tidak ditemukan"));
        byte[] template = templates.template(letterType, deploymentId)
                .orElseThrow(() -> new InvalidInputException("letterType", "UNKNOWN",
                        "jenis surat '" + letterType + "' tidak memiliki templat letters/" + letterType + ".html"));
        String title = LetterTemplateRules.title(template);
        LettersProperties.Office office = properties.officeFor(c.regionCode());
        OffsetDateTime now = clock.now();
        LocalDate today = now.atZoneSameInstant(clock.zone()).toLocalDate();
        String officeCode = office.getRegencyCode();
        int sequence = numbers.next(officeCode, today.getYear());
        String number = LetterNumbers.format(properties.getNumberPattern(), properties.classificationOf(letterType),
                sequence, office.getUnit(), today);
        String code = verificationCode();
        String url = properties.verificationUrl(code);
        Map<String, Object> fields = data.of(c, office, new LetterData.Header(number, today, title, code, url,
                replaces == null ? null : replaces.letterNumber(), body));
        byte[] pdf = renderer.pdf(renderer.fill(template, fields), title);
        String sha256 = sha256(pdf);
        String fileName = letterType + "-" + number.replaceAll("[^A-Za-z0-9.-]+", "-") + ".pdf";
        String officeName = (office.getName() + " " + nullToEmpty(office.getGovernment())
                .replaceFirst("^PEMERINTAH ", "")).strip();
        StoredDocument document = documents.storeGenerated(caseId, DOCUMENT_KIND, fileName, pdf, actor.name());
        long id = register.insert(new LetterRegister.NewLetter(caseId, letterType, title, officeCode, officeName,
                today.getYear(), sequence, number, code, today, now, actor.name(), sha256, fileName, null,
                document.id(), body,
                replaces == null ? null : replaces.id()));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("letterId", id);
        details.put("letterType", letterType);
        details.put("letterNumber", number);
        details.put("sha256", sha256);
        if (replaces != null) {
            details.put("replacesLetterNumber", replaces.letterNumber());
        }
        if (reason != null) {
            details.put("reason", reason);
        }
        statuses.record(caseId, replaces == null ? "LETTER_ISSUED" : "LETTER_CORRECTED", step, details);
        return register.find(id).orElseThrow();
    }

    /**
     * The PDF of a letter, for a staff member who may see its case: the case document (its read audited by the
     * documents feature), or, for a letter whose register row holds the bytes, those (audited here).
     */
    @Transactional
    public byte[] pdf(LetterRegister.Letter letter, String registrationNumber) {
        if (letter.documentId() != null) {
            return documents.open(registrationNumber, letter.documentId(), false).bytes();
        }
        byte[] pdf = register.pdf(letter.id()).orElseThrow(() -> new NotFoundException("Berkas surat tidak ditemukan"));
        audit.read(CaseAudit.Action.VIEW, java.util.List.of(registrationNumber),
                Map.of("letterNumber", letter.letterNumber(), "letterType", letter.letterType()));
        return pdf;
    }

    /** The PDF of a letter by id, for tests and internal use (no staff request). */
    public byte[] pdf(long letterId) {
        LetterRegister.Letter letter = register.find(letterId)
                .orElseThrow(() -> new NotFoundException("Surat " + letterId + " tidak ditemukan"));
        return pdf(letter, cases.findById(letter.caseId()).orElseThrow().registrationNumber());
    }

    private String verificationCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            code.append(CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)]);
        }
        return code.toString();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}

package id.slrt.caseengine.intake;

import id.slrt.caseengine.casefile.NewCase;
import id.slrt.caseengine.casefile.PersonData;
import id.slrt.caseengine.catalogue.CaseCategories;
import id.slrt.caseengine.catalogue.IntakeRequirements;
import id.slrt.caseengine.catalogue.PpksTypes;
import id.slrt.caseengine.catalogue.ServiceCatalogue;
import id.slrt.caseengine.catalogue.ServiceRouting;
import id.slrt.caseengine.identity.IdentityNumberValidator;
import id.slrt.caseengine.identity.RegionDirectory;
import id.slrt.caseengine.security.region.ServedRegions;
import id.slrt.caseengine.system.FieldIssue;
import id.slrt.caseengine.system.OfficeClock;
import id.slrt.caseengine.system.PhoneNumbers;
import id.slrt.caseengine.system.Texts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Checks an intake completely and reports every problem at once, in plain Indonesian.
 * Used by the API and by the {@code registerCase} step for cases started from a Tasklist start form.
 */
@Component
public class IntakeValidator {

    /** A validated intake ready to be registered, with warnings for the caseworker. */
    public record ValidIntake(NewCase newCase, List<FieldIssue> warnings) {
    }

    static final int MAX_NAME = 200;
    static final int MAX_ADDRESS = 500;
    static final int MAX_DESCRIPTION = 4000;

    private final ServiceRouting routing;
    private final IntakeRequirements requirements;
    private final IdentityNumberValidator identityNumbers;
    private final RegionDirectory regions;
    private final OfficeClock clock;
    private final CaseCategories categories;
    private final ServedRegions servedRegions;
    private final PpksTypes ppksTypes;
    private final ServiceCatalogue catalogue;

    public IntakeValidator(ServiceRouting routing, IntakeRequirements requirements,
                           IdentityNumberValidator identityNumbers, RegionDirectory regions, OfficeClock clock,
                           CaseCategories categories, ServedRegions servedRegions, PpksTypes ppksTypes,
                           ServiceCatalogue catalogue) {
        this.ppksTypes = ppksTypes;
        this.catalogue = catalogue;
        this.categories = categories;
        this.routing = routing;
        this.requirements = requirements;
        this.identityNumbers = identityNumbers;
        this.regions = regions;
        this.clock = clock;
        this.servedRegions = servedRegions;
    }

    /** @throws id.slrt.caseengine.system.InvalidInputException listing every problem */
    public ValidIntake validate(CaseIntakeRequest request, String createdBy) {
        List<FieldIssue> errors = new ArrayList<>();
        List<FieldIssue> warnings = new ArrayList<>();
        LocalDate today = clock.now().toLocalDate();

        String processKey = null;
        String serviceType = Texts.trimToNull(request.serviceType());
        if (serviceType == null) {
            errors.add(required("serviceType", "jenis layanan"));
        } else if (!serviceType.matches("[A-Z][A-Z_]{2,39}")) {
            errors.add(new FieldIssue("serviceType", "NOT_ALLOWED",
                    "jenis layanan harus berupa kode huruf besar, misalnya COMPLAINT"));
            serviceType = null;
        } else {
            Optional<String> route = routing.deployedProcessKeyFor(serviceType);
            if (route.isEmpty()) {
                errors.add(new FieldIssue("serviceType", "SERVICE_UNAVAILABLE",
                        "layanan '" + serviceType + "' tidak dikenal atau belum tersedia; layanan yang tersedia: "
                                + String.join(", ", routing.availableServiceTypes())));
                serviceType = null;
            } else {
                processKey = route.get();
            }
        }
        if (request.channel() == null) {
            errors.add(required("channel", "saluran pengaduan"));
        }
        String regionCode = Texts.trimToNull(request.regionCode());
        if (regionCode == null) {
            errors.add(required("regionCode", "kode kabupaten/kota"));
        } else if (!regionCode.matches("[0-9]{4}")) {
            errors.add(new FieldIssue("regionCode", "REGION_FORMAT",
                    "kode kabupaten/kota harus 4 digit angka tanpa titik, misalnya 3516"));
        } else if (!regions.isRegency(regionCode)) {
            errors.add(new FieldIssue("regionCode", "REGION_UNKNOWN",
                    "kode kabupaten/kota " + regionCode + " tidak ada dalam daftar wilayah Kepmendagri 2025"));
        } else if (!servedRegions.serves(regionCode)) {
            errors.add(new FieldIssue("regionCode", "REGION_NOT_SERVED",
                    regions.nameOf(regionCode) + " (" + regionCode + ") tidak dilayani oleh kantor ini"));
        }

        CaseIntakeRequest.Subject subject = request.subject();
        CaseIntakeRequest.Reporter reporter = request.reporter();
        if (serviceType != null) {
            for (IntakeRequirements.Requirement requirement : requirements.forService(serviceType)) {
                if (isMissing(request, requirement.field())) {
                    errors.add(new FieldIssue(requirement.field(), "REQUIRED",
                            requirement.label() + " wajib diisi untuk layanan " + serviceType));
                }
            }
        }

        String nik = subject == null ? null : Texts.trimToNull(subject.nik());
        if (nik != null) {
            IdentityNumberValidator.Result result = identityNumbers.checkNik("subject.nik", nik, today);
            errors.addAll(result.errors());
            warnings.addAll(result.warnings());
            if (result.facts() != null) {
                checkAgainstNik(subject, result.facts(), errors);
            }
        }
        String kk = subject == null ? null : Texts.trimToNull(subject.kkNumber());
        if (kk != null) {
            IdentityNumberValidator.Result result = identityNumbers.checkKk("subject.kkNumber", kk, today);
            errors.addAll(result.errors());
            warnings.addAll(result.warnings());
        }
        if (subject != null) {
            checkText("subject.name", "nama", subject.name(), MAX_NAME, false, errors);
            checkText("subject.address", "alamat", subject.address(), MAX_ADDRESS, false, errors);
            if (subject.birthDate() != null
                    && (subject.birthDate().isAfter(today) || subject.birthDate().isBefore(LocalDate.of(1900, 1, 1)))) {
                errors.add(new FieldIssue("subject.birthDate", "BIRTH_DATE_RANGE",
                        "tanggal lahir harus antara 1900-01-01 dan hari ini"));
            }
        }
        String phone = null;
        if (reporter != null) {
            checkText("reporter.name", "nama pelapor", reporter.name(), MAX_NAME, false, errors);
            if (Texts.trimToNull(reporter.phone()) != null) {
                phone = PhoneNumbers.normalise(reporter.phone()).orElse(null);
                if (phone == null) {
                    errors.add(new FieldIssue("reporter.phone", "PHONE_INVALID",
                            "nomor telepon tidak valid; gunakan nomor Indonesia, misalnya 081234567890 atau +6281234567890"));
                }
            }
        }
        checkText("description", "uraian", request.description(), MAX_DESCRIPTION, true, errors);
        String category = Texts.trimToNull(request.category());
        if (category != null && serviceType != null && categories.find(serviceType, category).isEmpty()) {
            errors.add(new FieldIssue("category", "NOT_ALLOWED", "kategori '"
                    + (category.length() > 40 ? category.substring(0, 40) + "..." : category) + "' tidak dikenal untuk layanan " + serviceType + "; pilihan: "
                    + String.join(", ", categories.codesFor(serviceType))));
        }
        List<String> ppks = ppksOf(request, errors);

        if (!errors.isEmpty()) {
            throw new id.slrt.caseengine.system.InvalidInputException(errors);
        }
        String ppksSource = "INTAKE";
        if (ppks.isEmpty()) {
            ppks = catalogue.suggestedPpks(serviceType);
            ppksSource = "SERVICE";
        }
        PersonData subjectData = subject == null ? null : new PersonData(nik, kk, Texts.trimToNull(subject.name()),
                subject.birthDate(), subject.sex() == null ? null : subject.sex().name(),
                Texts.trimToNull(subject.address()), null, null);
        PersonData reporterData = reporter == null ? null : PersonData.reporter(Texts.trimToNull(reporter.name()), phone);
        NewCase newCase = new NewCase(serviceType, processKey, request.channel().name(), regionCode, subjectData,
                reporterData, Texts.trimToNull(request.description()), createdBy, ppks, ppksSource);
        return new ValidIntake(newCase, warnings);
    }

    /** The intake's PPKS codes, each known, without repeats; problems go into {@code errors}. */
    private List<String> ppksOf(CaseIntakeRequest request, List<FieldIssue> errors) {
        if (request.ppksTypes() == null) {
            return List.of();
        }
        java.util.LinkedHashSet<String> codes = new java.util.LinkedHashSet<>();
        for (String raw : request.ppksTypes()) {
            String code = Texts.trimToNull(raw);
            if (code != null) {
                codes.add(code);
            }
        }
        if (codes.size() > 26) {
            errors.add(new FieldIssue("ppksTypes", "TOO_MANY", "jenis PPKS paling banyak 26"));
            return List.of();
        }
        List<String> unknown = codes.stream().filter(c -> !c.matches("[A-Z_]{2,40}")).toList();
        if (unknown.isEmpty()) {
            unknown = ppksTypes.unknown(codes);
        }
        if (!unknown.isEmpty()) {
            String shown = unknown.get(0).length() > 40 ? unknown.get(0).substring(0, 40) + "..." : unknown.get(0);
            errors.add(new FieldIssue("ppksTypes", "NOT_ALLOWED", "jenis PPKS '" + shown + "' tidak dikenal; "
                    + "gunakan kode dari daftar 26 jenis PPKS (Permensos 8/2012), misalnya FAKIR_MISKIN"));
            return List.of();
        }
        return List.copyOf(codes);
    }

    private static void checkAgainstNik(CaseIntakeRequest.Subject subject, IdentityNumberValidator.NikFacts facts,
                                        List<FieldIssue> errors) {
        if (subject.sex() != null && subject.sex().name().charAt(0) != facts.sex()) {
            errors.add(new FieldIssue("subject.sex", "SEX_MISMATCH_NIK", facts.sex() == 'F'
                    ? "jenis kelamin tidak sesuai NIK: NIK ini milik perempuan (tanggal lahir pada NIK ditambah 40)"
                    : "jenis kelamin tidak sesuai NIK: NIK ini milik laki-laki (pada NIK perempuan tanggal lahir ditambah 40)"));
        }
        if (subject.birthDate() != null && !subject.birthDate().equals(facts.birthDate())) {
            errors.add(new FieldIssue("subject.birthDate", "BIRTH_DATE_MISMATCH_NIK",
                    "tanggal lahir " + subject.birthDate() + " tidak sesuai dengan tanggal pada NIK (" + facts.birthDate() + ")"));
        }
    }

    private static void checkText(String field, String label, String value, int max, boolean multiline,
                                  List<FieldIssue> errors) {
        if (value == null) {
            return;
        }
        if (value.length() > max) {
            errors.add(new FieldIssue(field, "TOO_LONG", label + " terlalu panjang: paling banyak " + max
                    + " karakter, yang diisi " + value.length()));
        }
        boolean hasControl = value.chars().anyMatch(c -> Character.isISOControl(c)
                && !(multiline && (c == '\n' || c == '\r' || c == '\t')));
        if (hasControl) {
            errors.add(new FieldIssue(field, "CONTROL_CHARACTERS",
                    label + " berisi karakter kendali yang tidak boleh ada (misalnya NUL atau escape)"));
        }
    }

    private static boolean isMissing(CaseIntakeRequest request, String field) {
        CaseIntakeRequest.Subject s = request.subject();
        CaseIntakeRequest.Reporter r = request.reporter();
        return switch (field) {
            case "description" -> Texts.trimToNull(request.description()) == null;
            case "subject.nik" -> s == null || Texts.trimToNull(s.nik()) == null;
            case "subject.kkNumber" -> s == null || Texts.trimToNull(s.kkNumber()) == null;
            case "subject.name" -> s == null || Texts.trimToNull(s.name()) == null;
            case "subject.birthDate" -> s == null || s.birthDate() == null;
            case "subject.sex" -> s == null || s.sex() == null;
            case "subject.address" -> s == null || Texts.trimToNull(s.address()) == null;
            case "reporter.name" -> r == null || Texts.trimToNull(r.name()) == null;
            case "reporter.phone" -> r == null || Texts.trimToNull(r.phone()) == null;
            default -> throw new IllegalStateException("intakeRequirements names an unknown field: " + field);
        };
    }

    private static FieldIssue required(String field, String label) {
        return new FieldIssue(field, "REQUIRED", label + " wajib diisi");
    }

}

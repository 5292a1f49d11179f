package id.slrt.caseengine.verification;

import id.slrt.caseengine.identity.IdentityNumberValidator;
import id.slrt.caseengine.identity.RegionDirectory;
import id.slrt.caseengine.system.FieldIssue;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Checks of the subject's identity numbers, reusing {@link IdentityNumberValidator}:
 * {@code SUBJECT_NIK}, {@code SUBJECT_KK}, and {@code NIK_KK_REGION} (the NIK and the KK carry the same region
 * code; input {@code regionDigits}: 2 province, 4 regency (default), 6 district).
 */
@Configuration
public class IdentityChecks {

    @Bean
    VerificationCheck subjectNikCheck(IdentityNumberValidator validator) {
        return new VerificationCheck() {
            @Override
            public String code() {
                return "SUBJECT_NIK";
            }

            @Override
            public List<Finding> check(VerificationContext context) {
                String nik = context.subject() == null ? null : context.subject().nik();
                if (nik == null) {
                    return List.of(new Finding("NIK_MISSING", "subject.nik", "NIK pemohon belum diisi"));
                }
                return toFindings(validator.checkNik("subject.nik", nik, context.today()).errors());
            }
        };
    }

    @Bean
    VerificationCheck subjectKkCheck(IdentityNumberValidator validator) {
        return new VerificationCheck() {
            @Override
            public String code() {
                return "SUBJECT_KK";
            }

            @Override
            public List<Finding> check(VerificationContext context) {
                String kk = context.subject() == null ? null : context.subject().kkNumber();
                if (kk == null) {
                    return List.of(new Finding("KK_MISSING", "subject.kkNumber", "Nomor KK pemohon belum diisi"));
                }
                return toFindings(validator.checkKk("subject.kkNumber", kk, context.today()).errors());
            }
        };
    }

    @Bean
    VerificationCheck nikKkRegionCheck(RegionDirectory regions) {
        return new VerificationCheck() {
            @Override
            public String code() {
                return "NIK_KK_REGION";
            }

            @Override
            public List<Finding> check(VerificationContext context) {
                if (context.subject() == null) {
                    return List.of();
                }
                String nik = context.subject().nik();
                String kk = context.subject().kkNumber();
                int digits = Integer.parseInt(context.input("regionDigits", "4"));
                if (nik == null || kk == null || !nik.matches("[0-9]{16}") || !kk.matches("[0-9]{16}")
                        || nik.substring(0, digits).equals(kk.substring(0, digits))) {
                    return List.of();
                }
                String nikRegion = nik.substring(0, digits);
                String kkRegion = kk.substring(0, digits);
                return List.of(new Finding("NIK_KK_REGION_MISMATCH", "subject.kkNumber", String.format(
                        "Kode wilayah NIK (%s%s) berbeda dengan kode wilayah KK (%s%s); periksa kembali NIK dan nomor KK "
                                + "sesuai dokumen aslinya", nikRegion, name(regions, nikRegion), kkRegion,
                        name(regions, kkRegion))));
            }
        };
    }

    private static String name(RegionDirectory regions, String code) {
        String name = regions.nameOf(code);
        return name == null ? "" : ", " + name;
    }

    private static List<Finding> toFindings(List<FieldIssue> issues) {
        return issues.stream().map(i -> new Finding(i.code(), i.field(), i.message())).toList();
    }
}

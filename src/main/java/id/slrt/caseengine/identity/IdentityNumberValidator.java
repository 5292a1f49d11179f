package id.slrt.caseengine.identity;

import id.slrt.caseengine.system.FieldIssue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Structural checks of the NIK (population identity number) and the KK (family card) number as issued by
 * Disdukcapil: 2+2+2 region digits, six date digits (for a NIK the birth date, women +40 on the day; for a
 * KK the data-entry date) and a four-digit serial that is never 0000.
 *
 * <p>An unknown province is an error; an unknown regency or district is only a warning because regions
 * split after a NIK was issued keep their old codes.
 */
@Component
public class IdentityNumberValidator {

    private final RegionDirectory regions;

    public IdentityNumberValidator(RegionDirectory regions) {
        this.regions = regions;
    }

    /** Result of a check: errors reject the input, warnings are shown to the caseworker. */
    public record Result(List<FieldIssue> errors, List<FieldIssue> warnings, NikFacts facts) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    /** What a valid NIK tells: birth date and sex. */
    public record NikFacts(LocalDate birthDate, char sex) {
    }

    public Result checkNik(String field, String nik, LocalDate today) {
        List<FieldIssue> errors = new ArrayList<>();
        List<FieldIssue> warnings = new ArrayList<>();
        if (!checkShape(field, "NIK", nik, errors)) {
            return new Result(errors, warnings, null);
        }
        checkRegion(field, "NIK", nik, errors, warnings);
        int day = Integer.parseInt(nik.substring(6, 8));
        int month = Integer.parseInt(nik.substring(8, 10));
        int yy = Integer.parseInt(nik.substring(10, 12));
        char sex = 'M';
        if (day > 40) {
            day -= 40;
            sex = 'F';
        }
        LocalDate birthDate = resolveDate(day, month, yy, today);
        NikFacts facts = null;
        if (birthDate == null) {
            errors.add(new FieldIssue(field, "NIK_BIRTH_DATE_INVALID", String.format(
                    "NIK tidak valid: digit 7-12 (%s) bukan tanggal lahir yang ada (hari %02d, bulan %02d; untuk perempuan hari ditambah 40)",
                    nik.substring(6, 12), day, month)));
        } else {
            facts = new NikFacts(birthDate, sex);
        }
        checkSerial(field, "NIK", nik, errors);
        return new Result(errors, warnings, errors.isEmpty() ? facts : null);
    }

    public Result checkKk(String field, String kk, LocalDate today) {
        List<FieldIssue> errors = new ArrayList<>();
        List<FieldIssue> warnings = new ArrayList<>();
        if (!checkShape(field, "Nomor KK", kk, errors)) {
            return new Result(errors, warnings, null);
        }
        checkRegion(field, "Nomor KK", kk, errors, warnings);
        int day = Integer.parseInt(kk.substring(6, 8));
        int month = Integer.parseInt(kk.substring(8, 10));
        int yy = Integer.parseInt(kk.substring(10, 12));
        LocalDate issued = resolveDate(day, month, yy, today);
        if (issued == null) {
            errors.add(new FieldIssue(field, "KK_DATE_INVALID", String.format(
                    "Nomor KK tidak valid: digit 7-12 (%s) bukan tanggal pencatatan yang ada", kk.substring(6, 12))));
        }
        checkSerial(field, "Nomor KK", kk, errors);
        return new Result(errors, warnings, null);
    }

    private boolean checkShape(String field, String label, String value, List<FieldIssue> errors) {
        String prefix = label.equals("NIK") ? "NIK" : "KK";
        if (value.length() != 16) {
            errors.add(new FieldIssue(field, prefix + "_LENGTH",
                    label + " harus 16 digit, yang diisi " + value.length() + " karakter"));
            return false;
        }
        if (!value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            errors.add(new FieldIssue(field, prefix + "_NOT_DIGITS", label + " hanya boleh berisi angka 0-9"));
            return false;
        }
        return true;
    }

    private void checkRegion(String field, String label, String value, List<FieldIssue> errors, List<FieldIssue> warnings) {
        String prefix = label.equals("NIK") ? "NIK" : "KK";
        String province = value.substring(0, 2);
        if (!regions.isProvince(province)) {
            errors.add(new FieldIssue(field, prefix + "_PROVINCE_UNKNOWN",
                    label + " tidak valid: kode provinsi " + province + " (digit 1-2) tidak dikenal"));
            return;
        }
        String regency = value.substring(0, 4);
        String district = value.substring(0, 6);
        if (!regions.isRegency(regency)) {
            warnings.add(new FieldIssue(field, prefix + "_REGENCY_UNKNOWN",
                    label + ": kode kabupaten/kota " + regency + " tidak ada dalam daftar wilayah 2025 (mungkin wilayah lama atau hasil pemekaran); periksa dokumen aslinya"));
        } else if (!regions.isDistrict(district)) {
            warnings.add(new FieldIssue(field, prefix + "_DISTRICT_UNKNOWN",
                    label + ": kode kecamatan " + district + " tidak ada dalam daftar wilayah 2025 (mungkin wilayah lama atau hasil pemekaran); periksa dokumen aslinya"));
        }
    }

    private void checkSerial(String field, String label, String value, List<FieldIssue> errors) {
        if (value.endsWith("0000")) {
            String prefix = label.equals("NIK") ? "NIK" : "KK";
            errors.add(new FieldIssue(field, prefix + "_SERIAL_ZERO",
                    label + " tidak valid: nomor urut (4 digit terakhir) tidak boleh 0000"));
        }
    }

    /** Two-digit years are read as the most recent date that is not after today. */
    private static LocalDate resolveDate(int day, int month, int yy, LocalDate today) {
        int year = today.getYear() / 100 * 100 + yy;
        try {
            LocalDate date = LocalDate.of(year, month, day);
            return date.isAfter(today) ? LocalDate.of(year - 100, month, day) : date;
        } catch (DateTimeException e) {
            return null;
        }
    }
}

package id.slrt.caseengine.identity;

import static org.assertj.core.api.Assertions.assertThat;

import id.slrt.caseengine.support.IntegrationTest;
import id.slrt.caseengine.system.FieldIssue;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class IdentityNumberValidatorTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Autowired
    IdentityNumberValidator validator;

    @Test
    void aWomansNikCarriesHerBirthDayPlusForty() {
        var result = validator.checkNik("nik", "3516015203850001", TODAY);
        assertThat(result.valid()).isTrue();
        assertThat(result.warnings()).isEmpty();
        assertThat(result.facts().birthDate()).isEqualTo(LocalDate.of(1985, 3, 12));
        assertThat(result.facts().sex()).isEqualTo('F');
    }

    @Test
    void aMansNikCarriesTheBirthDayAsIs() {
        var result = validator.checkNik("nik", "3516011203850002", TODAY);
        assertThat(result.valid()).isTrue();
        assertThat(result.facts().sex()).isEqualTo('M');
        assertThat(result.facts().birthDate()).isEqualTo(LocalDate.of(1985, 3, 12));
    }

    @Test
    void twoDigitYearsAreReadAsTheLatestPastDate() {
        assertThat(validator.checkNik("nik", "3516011503200003", TODAY).facts().birthDate())
                .isEqualTo(LocalDate.of(2020, 3, 15));
        // 1 December 26 would be in the future, so it is 1926.
        assertThat(validator.checkNik("nik", "3516010112260003", TODAY).facts().birthDate())
                .isEqualTo(LocalDate.of(1926, 12, 1));
    }

    @Test
    void wrongLengthLettersImpossibleDatesAndZeroSerialsAreRefusedWithTheReason() {
        assertThat(codes("351601520385001")).containsExactly("NIK_LENGTH");
        assertThat(validator.checkNik("nik", "351601520385001", TODAY).errors().get(0).message())
                .contains("16 digit").contains("15");
        assertThat(codes("35160152O3850001")).containsExactly("NIK_NOT_DIGITS");
        assertThat(codes("3516013102850001")).containsExactly("NIK_BIRTH_DATE_INVALID");
        assertThat(codes("3516017202850001")).containsExactly("NIK_BIRTH_DATE_INVALID");
        assertThat(codes("3516011213850001")).containsExactly("NIK_BIRTH_DATE_INVALID");
        assertThat(codes("3516015203850000")).containsExactly("NIK_SERIAL_ZERO");
        assertThat(codes("9916015203850001")).containsExactly("NIK_PROVINCE_UNKNOWN");
    }

    @Test
    void unknownRegencyOrDistrictIsOnlyAWarning() {
        var regency = validator.checkNik("nik", "3599015203850001", TODAY);
        assertThat(regency.valid()).isTrue();
        assertThat(regency.warnings()).extracting(FieldIssue::code).containsExactly("NIK_REGENCY_UNKNOWN");
        var district = validator.checkNik("nik", "3516995203850001", TODAY);
        assertThat(district.valid()).isTrue();
        assertThat(district.warnings()).extracting(FieldIssue::code).containsExactly("NIK_DISTRICT_UNKNOWN");
    }

    @Test
    void kkDateIsTheDataEntryDateWithoutTheFortyRule() {
        assertThat(validator.checkKk("kk", "3516011503200001", TODAY).valid()).isTrue();
        assertThat(validator.checkKk("kk", "3516015503200001", TODAY).errors())
                .extracting(FieldIssue::code).containsExactly("KK_DATE_INVALID");
        assertThat(validator.checkKk("kk", "3516011503200000", TODAY).errors())
                .extracting(FieldIssue::code).containsExactly("KK_SERIAL_ZERO");
        assertThat(validator.checkKk("kk", "12345", TODAY).errors())
                .extracting(FieldIssue::code).containsExactly("KK_LENGTH");
    }

    private java.util.List<String> codes(String nik) {
        return validator.checkNik("nik", nik, TODAY).errors().stream().map(FieldIssue::code).toList();
    }
}

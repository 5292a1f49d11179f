package id.slrt.caseengine.casefile;

import java.time.LocalDate;

/** What is known of a person in a case; any field may be unknown (an ODGJ found on the street has no NIK). */
public record PersonData(String nik, String kkNumber, String name, LocalDate birthDate, String sex,
                         String address, String phone, String relationship) {

    public static PersonData reporter(String name, String phone) {
        return new PersonData(null, null, name, null, null, null, phone, null);
    }

    public boolean isEmpty() {
        return nik == null && kkNumber == null && name == null && birthDate == null && sex == null
                && address == null && phone == null && relationship == null;
    }
}

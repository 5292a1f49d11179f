package id.slrt.caseengine.sla;

import id.slrt.caseengine.system.OfficeDataMissingException;

/**
 * A working-day deadline runs into a year the holiday data does not cover. Refused rather than computed as if
 * that year had no holidays: the office adds the year to its holiday file (see README, "Business calendar").
 */
public class HolidayDataMissingException extends OfficeDataMissingException {

    private final int year;

    public HolidayDataMissingException(int year) {
        super("holiday-data-missing", "Kalender hari libur belum lengkap", "Data hari libur nasional dan cuti "
                + "bersama tahun " + year + " belum tersedia; tenggat hari kerja tidak "
                + "dapat dihitung. Tambahkan tahun " + year + " ke berkas hari libur (slrt.calendar.holidays-file).");
        this.year = year;
    }

    public int year() {
        return year;
    }
}

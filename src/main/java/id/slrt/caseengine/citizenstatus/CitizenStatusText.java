package id.slrt.caseengine.citizenstatus;

import id.slrt.caseengine.system.IndonesianDates;
import id.slrt.caseengine.system.OfficeClock;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/** The status of a case as one plain-Indonesian message (WhatsApp/SMS answer to STATUS). */
@Component
public class CitizenStatusText {

    private final ZoneId zone;

    public CitizenStatusText(OfficeClock clock) {
        this.zone = clock.zone();
    }

    public String of(CitizenStatus status) {
        StringBuilder text = new StringBuilder("Status ").append(status.service())
                .append(' ').append(status.registrationNumber()).append(": ").append(status.statusLabel());
        if (status.closedAt() != null) {
            text.append(" (ditutup ").append(IndonesianDates.weekdayDay(status.closedAt(), zone)).append(").");
            return text.toString();
        }
        text.append('.');
        if (status.currentStep() != null) {
            text.append(" Tahap saat ini: ").append(status.currentStep());
            if (status.deadline() != null) {
                text.append(", target selesai ").append(IndonesianDates.weekdayDay(status.deadline(), zone));
            }
            text.append('.');
        }
        return text.toString();
    }

    public String notFound(String registrationNumber) {
        return "Nomor registrasi " + registrationNumber + " tidak ditemukan untuk nomor Anda. Periksa kembali nomor "
                + "registrasi, atau hubungi Dinas Sosial.";
    }
}

package id.slrt.caseengine.citizenstatus;

import id.slrt.caseengine.notification.IndonesianDates;
import org.springframework.stereotype.Component;

/** The status of a case as one plain-Indonesian message (WhatsApp/SMS answer to STATUS). */
@Component
public class CitizenStatusText {

    private final IndonesianDates dates;

    public CitizenStatusText(IndonesianDates dates) {
        this.dates = dates;
    }

    public String of(CitizenStatus status) {
        StringBuilder text = new StringBuilder("Status ").append(status.service())
                .append(' ').append(status.registrationNumber()).append(": ").append(status.statusLabel());
        if (status.closedAt() != null) {
            text.append(" (ditutup ").append(dates.longDate(status.closedAt())).append(").");
            return text.toString();
        }
        text.append('.');
        if (status.currentStep() != null) {
            text.append(" Tahap saat ini: ").append(status.currentStep());
            if (status.deadline() != null) {
                text.append(", target selesai ").append(dates.longDate(status.deadline()));
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

package id.slrt.caseengine.letters;

import id.slrt.caseengine.casefile.CasePageLabels;
import id.slrt.caseengine.casefile.CaseRecord;
import id.slrt.caseengine.casefile.CaseView;
import id.slrt.caseengine.casefile.CaseViewService;
import id.slrt.caseengine.catalogue.ServiceLabels;
import id.slrt.caseengine.handover.HandoverRecordRepository;
import id.slrt.caseengine.referral.ReferralRepository;
import id.slrt.caseengine.system.IndonesianDates;
import id.slrt.caseengine.system.OfficeClock;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.stereotype.Component;

/**
 * The fields a letter template prints ({@link LetterTemplateRules#FIELDS}), read from the case file (case, people,
 * handover record, latest referral) and the office's configuration, never from process variables.
 */
@Component
public class LetterData {

    /** What the letter itself contributes. */
    public record Header(String number, java.time.LocalDate date, String title, String verificationCode,
                         String verificationUrl, String replacesNumber, String body) {
    }

    private final CaseViewService views;
    private final HandoverRecordRepository handovers;
    private final ReferralRepository referrals;
    private final ServiceLabels services;
    private final OfficeClock clock;
    private static final CasePageLabels LABELS = new CasePageLabels();
    private final Map<String, String> logos = new ConcurrentHashMap<>();

    public LetterData(CaseViewService views, HandoverRecordRepository handovers, ReferralRepository referrals,
                      ServiceLabels services, OfficeClock clock) {
        this.views = views;
        this.handovers = handovers;
        this.referrals = referrals;
        this.services = services;
        this.clock = clock;
    }

    public Map<String, Object> of(CaseRecord record, LettersProperties.Office office, Header header) {
        CaseView c = views.view(record.registrationNumber());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("kop", map("pemerintah", office.getGovernment(), "dinas", office.getName(),
                "alamat", office.getAddress(), "kontak", blankToNull(office.getContact()),
                "logo", logo(office.getLogo()), "kota", office.getCity()));
        data.put("penandatangan", map("nama", office.getSignerName(), "nip", office.getSignerNip(),
                "jabatan", office.getSignerPosition()));
        data.put("surat", map("nomor", header.number(), "tanggal", IndonesianDates.day(header.date()),
                "judul", header.title(), "kodeVerifikasi", header.verificationCode(),
                "urlVerifikasi", header.verificationUrl(), "qr", LetterRenderer.qrDataUri(header.verificationUrl()),
                "menggantikan", header.replacesNumber(), "isi", header.body()));
        data.put("kasus", map("nomorRegistrasi", c.registrationNumber(), "layanan", services.labelOf(c.serviceType()),
                "uraian", c.description(), "tanggalDibuka", IndonesianDates.day(c.openedAt() == null ? null
                        : c.openedAt().atZoneSameInstant(clock.zone()).toLocalDate()),
                "wilayah", c.region() == null ? null : c.region().name(), "hasil", outcome(c.outcome())));
        CaseView.Person s = c.subject();
        data.put("klien", s == null ? map() : map("nama", s.name(), "nik", s.nik(),
                "tanggalLahir", s.birthDate() == null ? null : IndonesianDates.day(s.birthDate()),
                "jenisKelamin", sex(s.sex()), "alamat", s.address()));
        CaseView.Person r = c.reporter();
        data.put("pelapor", r == null ? map() : map("nama", r.name(), "alamat", r.address()));
        data.put("keluarga", c.familyContacts().stream()
                .map(p -> map("nama", p.name(), "hubungan", relationship(p.relationship()), "alamat", p.address())).toList());
        List<HandoverRecordRepository.HandoverRecord> records = handovers.ofCase(record.id());
        if (records.isEmpty()) {
            data.put("serahTerima", map("saksi", List.of()));
        } else {
            HandoverRecordRepository.HandoverRecord h = records.get(records.size() - 1);
            data.put("serahTerima", map("nomor", h.recordNumber(), "tanggal", IndonesianDates.day(h.handoverDate()),
                    "penerima", h.receiverName(), "hubungan", relationship(h.receiverRelationship()), "lokasi", h.location(),
                    "catatan", h.note(), "saksi", h.witnesses() == null ? List.of()
                            : Arrays.stream(h.witnesses().split(";")).map(String::strip).filter(w -> !w.isEmpty())
                            .map(w -> map("nama", w)).toList()));
        }
        List<ReferralRepository.Referral> sent = referrals.ofCase(record.id());
        if (sent.isEmpty()) {
            data.put("rujukan", map());
        } else {
            ReferralRepository.Referral ref = sent.get(sent.size() - 1);
            data.put("rujukan", map("tujuan", ref.agencyName(), "jenis", services.labelOf(c.serviceType()),
                    "alasan", ref.purpose(), "tanggal", ref.referredAt() == null ? null
                            : IndonesianDates.day(ref.referredAt().atZoneSameInstant(clock.zone()).toLocalDate())));
        }
        return data;
    }

    private static String outcome(String outcome) {
        if (outcome == null) {
            return "pengaduan Saudara telah ditindaklanjuti";
        }
        return switch (outcome) {
            case "RESOLVED" -> "pengaduan Saudara telah diselesaikan";
            case "OUT_OF_SCOPE" -> "pengaduan Saudara berada di luar kewenangan Dinas Sosial dan telah diteruskan kepada instansi terkait";
            default -> "pengaduan Saudara telah ditindaklanjuti";
        };
    }

    private static String relationship(String code) {
        return code == null ? null : LABELS.relationship(code);
    }

    private static String sex(String sex) {
        if (sex == null) {
            return null;
        }
        return switch (sex) {
            case "F" -> "Perempuan";
            case "M" -> "Laki-laki";
            default -> sex;
        };
    }

    private String logo(String location) {
        if (location == null || location.isBlank()) {
            return null;
        }
        return logos.computeIfAbsent(location, l -> {
            try (InputStream in = new DefaultResourceLoader().getResource(l.contains(":") ? l : "file:" + l)
                    .getInputStream()) {
                BufferedImage read = ImageIO.read(in);
                if (read == null) {
                    throw new IllegalStateException("slrt.letters logo " + l + " is not a PNG or JPEG image");
                }
                // PDF/A: no transparency; the logo is drawn on white.
                BufferedImage rgb = new BufferedImage(read.getWidth(), read.getHeight(), BufferedImage.TYPE_INT_RGB);
                var g = rgb.createGraphics();
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
                g.drawImage(read, 0, 0, null);
                g.dispose();
                return LetterRenderer.pngDataUri(rgb);
            } catch (IOException e) {
                throw new UncheckedIOException("slrt.letters logo " + l, e);
            }
        });
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }
}

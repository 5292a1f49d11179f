package id.slrt.caseengine.channel;

import id.slrt.caseengine.answerback.AnswerBackService;
import id.slrt.caseengine.casefile.CaseFileRepository;
import id.slrt.caseengine.casefile.CaseRecord;
import id.slrt.caseengine.casefile.CaseStatusService;
import id.slrt.caseengine.citizenstatus.CitizenStatusService;
import id.slrt.caseengine.citizenstatus.CitizenStatusText;
import id.slrt.caseengine.intake.CaseIntakeRequest;
import id.slrt.caseengine.intake.Channel;
import id.slrt.caseengine.intake.IntakeService;
import id.slrt.caseengine.intake.IntakeValidator;
import id.slrt.caseengine.notification.MessageType;
import id.slrt.caseengine.notification.NotificationOutbox;
import id.slrt.caseengine.system.InvalidInputException;
import id.slrt.caseengine.system.OfficeClock;
import id.slrt.caseengine.system.PhoneNumbers;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import id.slrt.caseengine.documents.CaseDocuments;
import id.slrt.caseengine.documents.DocumentRefusedException;

/**
 * Handles one citizen message from WhatsApp or SMS, exactly once per provider message id: the id is claimed
 * first in the transaction that also opens the case and queues the replies, so a redelivery (even a
 * concurrent one) finds the claim and changes nothing.
 *
 * <p>A first message opens a complaint (the complaint process sends the registration number); a message from
 * someone with an open case is added to that case; {@code STATUS <number>} is answered from the case file
 * when the sender is the case's reporter; {@code BARU} and {@code RAHASIA} see {@link CitizenCommand}.
 */
@Service
public class InboundMessageService {

    /** What became of a message. */
    public enum Outcome { CASE_OPENED, ADDED_TO_CASE, STATUS_ANSWERED, HELP_SENT, REJECTED, DUPLICATE }

    public record Result(Outcome outcome, String registrationNumber) {
    }

    static final int MAX_TEXT = 4000;
    static final String HELP = "Selamat datang di layanan pengaduan Dinas Sosial. Tulis pengaduan Anda dalam satu "
            + "pesan teks. Cek status: kirim STATUS <nomor registrasi>. Laporan penyalahgunaan bansos dengan identitas "
            + "dirahasiakan: awali pesan dengan RAHASIA.";
    private static final Logger log = LoggerFactory.getLogger(InboundMessageService.class);

    private final InboundMessageRepository inbound;
    private final IntakeService intake;
    private final CaseFileRepository cases;
    private final CaseStatusService statuses;
    private final NotificationOutbox outbox;
    private final CitizenStatusService citizenStatus;
    private final CitizenStatusText statusText;
    private final ChannelProperties properties;
    private final OfficeClock clock;
    private final WhatsAppMedia media;
    private final CaseDocuments documents;
    private final AnswerBackService answerBack;

    public InboundMessageService(InboundMessageRepository inbound, IntakeService intake,
                                 CaseFileRepository cases, CaseStatusService statuses, NotificationOutbox outbox,
                                 CitizenStatusService citizenStatus, CitizenStatusText statusText,
                                 ChannelProperties properties, OfficeClock clock, WhatsAppMedia media,
                                 CaseDocuments documents, AnswerBackService answerBack) {
        this.media = media;
        this.documents = documents;
        this.answerBack = answerBack;
        this.inbound = inbound;
        this.intake = intake;
        this.cases = cases;
        this.statuses = statuses;
        this.outbox = outbox;
        this.citizenStatus = citizenStatus;
        this.statusText = statusText;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public Result receive(InboundMessage message) {
        Optional<Long> claim = inbound.claim(message.channel(), message.externalId(), clock.now());
        if (claim.isEmpty()) {
            var earlier = inbound.find(message.channel(), message.externalId()).orElseThrow();
            return new Result(Outcome.DUPLICATE, earlier.registrationNumber());
        }
        String actor = message.channel().toLowerCase(java.util.Locale.ROOT);
        Handled handled = ChannelActor.runAs(actor, () -> handle(message));
        inbound.recordOutcome(claim.get(), handled.outcome().name(), handled.caseId());
        log.info("{} message handled: {}", message.channel(), handled.outcome());
        return new Result(handled.outcome(), handled.caseId() == null ? null
                : cases.findById(handled.caseId()).map(CaseRecord::registrationNumber).orElse(null));
    }

    private record Handled(Outcome outcome, Long caseId) {
    }

    private Handled handle(InboundMessage message) {
        Optional<String> phone = PhoneNumbers.normalise(message.sender());
        if (phone.isEmpty()) {
            reply(message, null, rawRecipient(message.sender()),
                    "Maaf, layanan ini hanya melayani nomor telepon Indonesia.");
            return new Handled(Outcome.REJECTED, null);
        }
        if ("WHATSAPP".equals(message.channel())) {
            outbox.whatsAppInbound(phone.get(), clock.now());
        }
        if (message.attachment() != null) {
            // A photo or document is attached to the sender's open case; without one, its caption is read as any
            // message (a bare photo opens no case: the citizen is asked to write the report).
            Optional<Long> open = inbound.latestOpenCaseReportedBy(phone.get());
            Handled handled = open.isPresent()
                    ? addToCase(message, phone.get(), open.get(), message.text() == null || message.text().isBlank()
                            ? "Berkas dikirim lewat WhatsApp" : message.text())
                    : handleText(message, phone.get());
            if (handled.caseId() != null && (handled.outcome() == Outcome.ADDED_TO_CASE
                    || handled.outcome() == Outcome.CASE_OPENED)) {
                attach(message, phone.get(), handled.caseId());
            }
            return handled;
        }
        return handleText(message, phone.get());
    }

    private Handled handleText(InboundMessage message, String number) {
        Optional<String> phone = Optional.of(number);
        CitizenCommand command = CitizenCommand.parse(message.text());
        return switch (command.kind()) {
            case EMPTY -> {
                reply(message, null, phone.get(), HELP);
                yield new Handled(Outcome.HELP_SENT, null);
            }
            case STATUS_HELP -> {
                reply(message, null, phone.get(), "Untuk cek status kirim STATUS diikuti nomor registrasi, misalnya "
                        + "STATUS SLRT-3516-2026-000123.");
                yield new Handled(Outcome.HELP_SENT, null);
            }
            case STATUS -> answerStatus(message, phone.get(), command.argument());
            case NEW_COMPLAINT -> openComplaint(message, phone.get(), command.argument(), null);
            case CONFIDENTIAL_REPORT -> openComplaint(message, phone.get(), command.argument(), "AID_MISUSE");
            case MESSAGE -> {
                Optional<Long> open = inbound.latestOpenCaseReportedBy(phone.get());
                yield open.isPresent() ? addToCase(message, phone.get(), open.get(), command.argument())
                        : openComplaint(message, phone.get(), command.argument(), null);
            }
        };
    }

    private Handled answerStatus(InboundMessage message, String phone, String number) {
        var status = citizenStatus.find(number, phone);
        Long caseId = status.flatMap(s -> cases.findByRegistrationNumber(s.registrationNumber()))
                .map(CaseRecord::id).orElse(null);
        reply(message, caseId, phone, status.map(statusText::of).orElseGet(() -> statusText.notFound(number)));
        if (caseId != null) {
            statuses.record(caseId, "STATUS_QUERIED", null, Map.of("channel", message.channel()));
        }
        return new Handled(Outcome.STATUS_ANSWERED, caseId);
    }

    private Handled addToCase(InboundMessage message, String phone, long caseId, String text) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("channel", message.channel());
        details.put("text", truncate(text));
        statuses.record(caseId, "CITIZEN_MESSAGE", null, details);
        String number = cases.findById(caseId).orElseThrow().registrationNumber();
        if (AnswerBackService.soundsDissatisfied(text) && answerBack.dissatisfied(caseId, "KEYWORD")) {
            reply(message, caseId, phone, "Tanggapan Anda kami terima. Pengaduan " + number + " kami tangani kembali; "
                    + "jawaban baru akan kami sampaikan. Cek status: kirim STATUS " + number + ".");
            return new Handled(Outcome.ADDED_TO_CASE, caseId);
        }
        reply(message, caseId, phone, "Pesan Anda telah kami tambahkan ke " + number + ". Untuk pengaduan baru, "
                + "awali pesan dengan BARU. Cek status: kirim STATUS " + number + ".");
        return new Handled(Outcome.ADDED_TO_CASE, caseId);
    }

    private Handled openComplaint(InboundMessage message, String phone, String text, String category) {
        Channel channel = Channel.valueOf(message.channel());
        String via = channel == Channel.WHATSAPP ? "WhatsApp" : "SMS";
        String name = cleanName(message.senderName());
        CaseIntakeRequest request = new CaseIntakeRequest("COMPLAINT", channel, properties.getRegionCode(),
                new CaseIntakeRequest.Subject(null, null, "Belum diketahui (pengaduan lewat " + via + ")",
                        null, null, null),
                new CaseIntakeRequest.Reporter(name == null ? "Tanpa nama (" + via + ")" : name, phone),
                truncate(text), category);
        String actor = message.channel().toLowerCase(java.util.Locale.ROOT);
        IntakeValidator.ValidIntake valid;
        try {
            // Checked before opening: a refusal must not mark the surrounding transaction for rollback.
            valid = intake.check(request, actor);
        } catch (InvalidInputException e) {
            log.warn("{} message could not be registered: {}", message.channel(), e.issues().stream()
                    .map(i -> i.field() + " " + i.code()).toList());
            reply(message, null, phone, "Maaf, pengaduan Anda belum dapat kami catat. Silakan hubungi kantor Dinas "
                    + "Sosial atau coba lagi.");
            return new Handled(Outcome.REJECTED, null);
        }
        var result = intake.open(valid, request);
        return new Handled(Outcome.CASE_OPENED,
                cases.findByRegistrationNumber(result.registrationNumber()).orElseThrow().id());
    }

    private void attach(InboundMessage message, String phone, long caseId) {
        InboundMessage.Attachment attachment = message.attachment();
        String kind = attachment.image() ? "PHOTO" : "OTHER";
        try {
            WhatsAppMedia.Media file = media.fetch(attachment.mediaId());
            String name = fileName(attachment, file.mimeType(), message.externalId());
            documents.storeFromCitizen(caseId, kind, name, file.bytes(), "whatsapp");
            reply(message, caseId, phone, "Berkas Anda (" + name + ") telah kami lampirkan ke kasus Anda.");
        } catch (WhatsAppMedia.Unavailable e) {
            log.warn("WhatsApp media could not be fetched: {}", e.getMessage());
            reply(message, caseId, phone, "Maaf, berkas Anda belum dapat kami ambil. Silakan kirim ulang.");
        } catch (DocumentRefusedException e) {
            reply(message, caseId, phone, "Maaf, berkas Anda tidak dapat kami terima: " + e.issue().message()
                    + ". Kirim foto (JPEG/PNG) atau PDF.");
        }
    }

    /** The name a citizen's file is stored under: its own name without any path, or one made from the type. */
    static String fileName(InboundMessage.Attachment attachment, String mimeType, String messageId) {
        String given = attachment.fileName() == null ? "" : attachment.fileName();
        given = given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\')) + 1)
                .replaceAll("[\\p{Cntrl}\\p{Cf}]", "").strip();
        if (!given.isEmpty() && given.length() <= 150 && given.lastIndexOf('.') > 0) {
            return given;
        }
        String type = mimeType == null ? attachment.mimeType() : mimeType;
        String extension = type == null ? "bin" : switch (type.split(";")[0].strip()) {
            case "image/jpeg" -> "jpg";
            case "image/png" -> "png";
            case "image/webp" -> "webp";
            case "application/pdf" -> "pdf";
            default -> "bin";
        };
        String suffix = messageId.replaceAll("[^A-Za-z0-9]", "");
        return "whatsapp-" + (attachment.image() ? "foto" : "berkas") + "-"
                + suffix.substring(Math.max(0, suffix.length() - 8)) + "." + extension;
    }

    private void reply(InboundMessage message, Long caseId, String recipient, String body) {
        outbox.enqueue(caseId, message.channel(), recipient, body, clock.now(), MessageType.REPLY, Map.of());
    }

    private static String rawRecipient(String sender) {
        String digits = sender == null ? "" : sender.replaceAll("[^0-9]", "");
        return "+" + digits;
    }

    static String truncate(String text) {
        String clean = text.replaceAll("[\\p{Cntrl}&&[^\\n\\r\\t]]", "");
        return clean.length() > MAX_TEXT ? clean.substring(0, MAX_TEXT - 1) + "…" : clean;
    }

    /** Profile names are free text: keep printable characters, at most 200. */
    static String cleanName(String name) {
        if (name == null) {
            return null;
        }
        String clean = name.replaceAll("\\p{Cntrl}", "").strip();
        if (clean.isEmpty()) {
            return null;
        }
        return clean.length() > 200 ? clean.substring(0, 200) : clean;
    }
}

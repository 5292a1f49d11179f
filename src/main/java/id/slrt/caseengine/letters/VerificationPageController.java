package id.slrt.caseengine.letters;

import id.slrt.caseengine.system.IndonesianDates;
import id.slrt.caseengine.system.RateLimiter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public page the QR code of a letter opens, {@code /verifikasi/{code}}: whether the office issued a letter
 * with this code, its number, type, date and issuing office, and whether it was replaced by a correction; nothing
 * about the person it concerns. A wrong code and a code of no letter get the same page (404). Limited per client
 * address (429).
 */
@Controller
public class VerificationPageController {

    /** What the public may see of a letter. */
    public record Verified(String number, String title, String issuedOn, String office, String replacedByNumber) {
    }

    private final LetterRegister register;
    private final RateLimiter limits;

    public VerificationPageController(LetterRegister register, LettersProperties properties) {
        this.register = register;
        this.limits = new RateLimiter(properties.getVerificationPerClient(), properties.getVerificationWindow(),
                System::currentTimeMillis);
    }

    @GetMapping("/verifikasi/{code}")
    public String verify(@PathVariable String code, Model model, HttpServletRequest request,
                         HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("X-Robots-Tag", "noindex");
        long wait = limits.acquire(request.getRemoteAddr());
        if (wait > 0) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(wait));
            model.addAttribute("wait", wait);
            return "letters/verify-limited";
        }
        String normalised = code.strip().toUpperCase(Locale.ROOT);
        Optional<Verified> letter = normalised.matches("[A-Z2-9]{16}")
                ? register.byVerificationCode(normalised).map(l -> new Verified(l.letterNumber(), l.title(),
                        IndonesianDates.day(l.issuedOn()), l.officeName(), l.replacedByNumber()))
                : Optional.empty();
        if (letter.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "letters/verify-unknown";
        }
        model.addAttribute("letter", letter.get());
        return "letters/verify";
    }

    /** Forget all counts (tests share one application context). */
    public void resetLimits() {
        limits.reset();
    }
}
